package io.printrelay.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.PrintRelayTest;
import io.printrelay.order.InventoryItem;
import io.printrelay.order.InventoryStore;
import io.printrelay.sandbox.podos.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /sandbox/inventory-items}: what the sandbox seeds, as API bodies, for a PrintRelay elsewhere that runs
 * without the sandbox (the benchmark's) and has to be given the demo shop's inventory.
 */
@PrintRelayTest
class SandboxInventoryItemsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    InventoryStore inventory;

    @Test
    void theItemsAreTheSeededOnesEveryKnownSkuWithItsPrintDetails() throws Exception {
        SimulatorHttp.Response response = new SimulatorHttp().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/sandbox/inventory-items")).GET());

        assertThat(response.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        for (JsonNode item : response.json()) {
            String code = item.path("code").asText();
            codes.add(code);
            InventoryItem seeded = inventory.findByCode(code).orElseThrow();
            assertThat(item.path("name").asText()).isEqualTo(seeded.getName());
            assertThat(MAPPER.convertValue(item.path("metadata"), Map.class)).isEqualTo(seeded.getMetadata());
        }
        assertThat(codes).containsExactlyElementsOf(DemoCatalog.KNOWN_SKUS);
    }
}
