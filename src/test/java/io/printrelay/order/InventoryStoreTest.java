package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inventory items on the embedded database; {@link PostgresInventoryStoreTest} runs it on PostgreSQL. */
@PrintRelayTest
class InventoryStoreTest {

    @Autowired
    InventoryStore inventory;

    @Test
    void anItemIsFoundByItsCodeWhichIsUnique() {
        String code = "inv-" + UUID.randomUUID();
        InventoryItem created = inventory.create(item(code, "https://art.example/a.pdf"));

        assertThat(inventory.findByCode(code)).map(InventoryItem::getId).contains(created.getId());
        assertThat(inventory.findByCode(code).orElseThrow().getMetadata()).containsEntry("print_url",
                "https://art.example/a.pdf");
        assertThat(inventory.count(code)).isEqualTo(1);
        assertThat(inventory.list(code, 10, 0)).extracting(InventoryItem::getCode).containsExactly(code);
        assertThatThrownBy(() -> inventory.create(item(code, "https://art.example/b.pdf")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anItemIsReplacedAndDeleted() {
        String code = "inv-" + UUID.randomUUID();
        long id = inventory.create(item(code, "https://art.example/a.pdf")).getId();

        assertThat(inventory.replace(id, item(code, "https://art.example/new.pdf")).orElseThrow().getMetadata())
                .containsEntry("print_url", "https://art.example/new.pdf");
        assertThat(inventory.delete(id)).isTrue();
        assertThat(inventory.find(id)).isEmpty();
        assertThat(inventory.replace(id, item(code, "https://art.example/a.pdf"))).isEmpty();
    }

    private static InventoryItem item(String code, String printUrl) {
        InventoryItem item = new InventoryItem();
        item.setCode(code);
        item.setName("Business cards 14pt");
        item.setMetadata(new LinkedHashMap<>(Map.of("print_url", printUrl)));
        return item;
    }
}
