package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The three shapes of {@code job_ids} seen across 4over's samples, and its errors. */
class FourOverOrderResponseTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> SENT = List.of("PR-1-10-1", "PR-1-10-2", "PR-1-11-1");

    @Test
    void jobIdsAsAMapKeyedByJobId() throws Exception {
        FourOverOrderResponse response = parse("""
                {"order_status":"Success","job_ids":{
                  "Z32071612343-001":{"customer_job_id":"PR-1-10-1","status":200},
                  "Z32071612343-002":{"customer_job_id":"PR-1-10-2","status":200},
                  "Z32071612343-003":{"customer_job_id":"PR-1-11-1","status":200}},"errors":[]}""");

        assertThat(response.orderStatus()).isEqualTo("Success");
        assertThat(response.acceptedJobIds()).containsExactly(entry("PR-1-10-1", "Z32071612343-001"),
                entry("PR-1-10-2", "Z32071612343-002"), entry("PR-1-11-1", "Z32071612343-003"));
        assertThat(response.failures()).isEmpty();
    }

    @Test
    void jobIdsAsAnArrayOfStringsFollowTheAcceptedJobsInOrder() throws Exception {
        FourOverOrderResponse response = parse("""
                {"order_status":"Warning","job_ids":["Z1-001","Z1-002"],
                 "errors":[{"job_name":"PR-1-10-2","message":"bad runsize"}]}""");

        assertThat(response.acceptedJobIds()).containsExactly(entry("PR-1-10-1", "Z1-001"), entry("PR-1-11-1", "Z1-002"));
        assertThat(response.failures()).containsExactly(entry("PR-1-10-2", "bad runsize"));
    }

    @Test
    void jobIdsAsAnArrayOfObjects() throws Exception {
        FourOverOrderResponse response = parse("""
                {"order_status":"Success","job_ids":[{"internal_id":"Z9-001","customer_job_id":"PR-1-11-1"},
                 {"internal_id":"Z9-002","customer_job_id":"PR-1-10-1"}]}""");

        assertThat(response.acceptedJobIds()).containsExactly(entry("PR-1-11-1", "Z9-001"), entry("PR-1-10-1", "Z9-002"));
    }

    @Test
    void errorsNamingNoJobConcernEveryJobAndTextErrorsAreMatchedByName() throws Exception {
        FourOverOrderResponse all = parse("""
                {"order_status":"Failed","job_ids":[],"errors":[{"message":"payment declined"}]}""");
        FourOverOrderResponse text = parse("""
                {"order_status":"Warning","job_ids":{},"errors":["Job PR-1-11-1: colorspec not available"]}""");

        assertThat(all.failures()).containsOnlyKeys(SENT).containsValue("payment declined");
        assertThat(text.failures()).containsExactly(entry("PR-1-11-1", "Job PR-1-11-1: colorspec not available"));
    }

    private static FourOverOrderResponse parse(String json) throws Exception {
        return FourOverOrderResponse.parse(MAPPER.readTree(json), SENT);
    }
}
