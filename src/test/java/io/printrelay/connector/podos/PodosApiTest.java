package io.printrelay.connector.podos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PodosApiTest {

    @Test
    void onlyAPlainPathSegmentIsTakenForAPodosOrderId() {
        assertThat(PodosApi.isPlainOrderId("po_8f3k2L-1")).isTrue();
        assertThat(PodosApi.isPlainOrderId("po.1~a")).isTrue();
        for (String notPlain : new String[]{"po_x/../../admin", "..", ".hidden", "po 1", "po?project=x", "po#1", "",
                "po%2F1"}) {
            assertThat(PodosApi.isPlainOrderId(notPlain)).as(notPlain).isFalse();
        }
        assertThat(PodosApi.isPlainOrderId(null)).isFalse();
    }

    @Test
    void theListingQueryNamesEveryStatusTheDateAndThePageToken() {
        assertThat(PodosApi.listQuery(List.of("processing", "on hold"), "2026-11-01", "a+b/c"))
                .isEqualTo("status=processing&status=on+hold&createdAfter=2026-11-01&pageToken=a%2Bb%2Fc");
        assertThat(PodosApi.listQuery(List.of(), "2026-11-01", null)).isEqualTo("createdAfter=2026-11-01");
        assertThat(PodosApi.projectQuery("my shop")).isEqualTo("project=my+shop");
    }
}
