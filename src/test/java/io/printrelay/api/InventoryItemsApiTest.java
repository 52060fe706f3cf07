package io.printrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static io.printrelay.api.OrdersApiTest.assertError;
import static io.printrelay.api.OrdersApiTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

@PrintRelayTest
@TestPropertySource(properties = ApiContract.STORE_ONLY)
class InventoryItemsApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void inventoryItemsKeepTheirPrintDetailsAndAreFoundByCode() {
        String code = "bc-" + unique();
        ApiClient.Response created = api.post("/inventory-items", "{\"name\":\"Business Cards 14pt\",\"code\":\""
                + code + "\",\"price\":24.5,\"stock\":100,\"metadata\":{\"product_uuid\":\"6b4bb8d0\","
                + "\"runsize_uuid\":\"r-1000\",\"Paper Stock\":\"14pt Gloss\"}}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("inventory_item").path("id").asText();
        JsonNode read = api.get("/inventory-items/" + id).body().path("inventory_item");
        assertThat(read.path("code").asText()).isEqualTo(code);
        assertThat(read.path("price").decimalValue()).isEqualByComparingTo("24.5");
        assertThat(read.path("metadata").toString())
                .isEqualTo("{\"product_uuid\":\"6b4bb8d0\",\"runsize_uuid\":\"r-1000\",\"Paper Stock\":\"14pt Gloss\"}");

        JsonNode byCode = api.get("/inventory-items?code=" + code).body();
        assertThat(byCode.path("total_records").asInt()).isEqualTo(1);
        assertThat(byCode.path("inventory_items").get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void inventoryItemsAreReplacedAndDeleted() {
        String code = "fl-" + unique();
        String id = api.post("/inventory-items", "{\"name\":\"Flyer\",\"code\":\"" + code + "\"}").body()
                .path("inventory_item").path("id").asText();

        JsonNode replaced = api.put("/inventory-items/" + id, "{\"name\":\"Flyer A5\",\"code\":\"" + code
                + "\",\"metadata\":{\"print_sku\":\"FLY-A5\"}}").body().path("inventory_item");
        assertThat(replaced.path("name").asText()).isEqualTo("Flyer A5");
        assertThat(replaced.path("metadata").path("print_sku").asText()).isEqualTo("FLY-A5");

        assertThat(api.delete("/inventory-items/" + id).message()).isEqualTo("Inventory Item Deleted");
        assertError(api.get("/inventory-items/" + id), 404, "Inventory item " + id + " not found");
        assertError(api.put("/inventory-items/" + id, "{\"name\":\"x\",\"code\":\"y\"}"), 404, "Inventory item");
        assertError(api.delete("/inventory-items/" + id), 404, "Inventory item");
    }

    @Test
    void badInventoryItemsAreRefusedNamingTheField() {
        String code = "dup-" + unique();
        assertThat(api.post("/inventory-items", "{\"name\":\"A\",\"code\":\"" + code + "\"}").status()).isEqualTo(201);
        assertError(api.post("/inventory-items", "{\"name\":\"B\",\"code\":\"" + code + "\"}"), 409,
                "code: an inventory item with code '" + code + "' already exists");
        assertError(api.post("/inventory-items", "{\"name\":\"B\"}"), 400, "code: is required");
        assertError(api.post("/inventory-items", "{\"code\":\"" + unique() + "\"}"), 400, "name: is required");
        assertError(api.post("/inventory-items", "{\"name\":\"B\",\"code\":\"c\",\"price\":\"cheap\"}"), 400,
                "price: 'cheap' is not a valid number");
        assertError(api.get("/inventory-items?limit=0"), 400, "limit: must be between 1 and 500");
    }
}
