package io.printrelay.order;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The only code that writes inventory_items: the products whose metadata fills in an item's print details. */
@Component
public class InventoryStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final OrderRows rows;
    private final JsonText json;
    private final Clock clock;

    public InventoryStore(NamedParameterJdbcTemplate jdbc, JsonText json, Clock clock) {
        this.jdbc = jdbc;
        this.rows = new OrderRows(json);
        this.json = json;
        this.clock = clock;
    }

    /** A page in id order, of every item or of those with that code. */
    public List<InventoryItem> list(String code, int limit, int offset) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        return jdbc.query("SELECT * FROM inventory_items" + whereCode(code, params)
                + " ORDER BY id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY", params, rows::inventoryItem);
    }

    public long count(String code) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM inventory_items" + whereCode(code, params), params,
                Long.class);
        return count == null ? 0 : count;
    }

    public Optional<InventoryItem> find(long id) {
        return jdbc.query("SELECT * FROM inventory_items WHERE id = :id", Map.of("id", id), rows::inventoryItem)
                .stream().findFirst();
    }

    public Optional<InventoryItem> findByCode(String code) {
        return jdbc.query("SELECT * FROM inventory_items WHERE code = :code", Map.of("code", code),
                rows::inventoryItem).stream().findFirst();
    }

    /** @throws DuplicateKeyException when another inventory item already has the code */
    public InventoryItem create(InventoryItem item) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO inventory_items (" + OrderRows.INVENTORY_COLUMNS + ", date_added, date_updated)"
                        + " VALUES (" + OrderRows.INVENTORY_VALUES + ", :now, :now)",
                params(item).addValue("now", now()), key, new String[]{"id"});
        return find(key.getKey().longValue()).orElseThrow();
    }

    /** @throws DuplicateKeyException when another inventory item already has the new code */
    public Optional<InventoryItem> replace(long id, InventoryItem item) {
        int updated = jdbc.update("UPDATE inventory_items SET " + OrderRows.INVENTORY_ASSIGNMENTS
                + ", date_updated = :now WHERE id = :id", params(item).addValue("now", now()).addValue("id", id));
        return updated == 0 ? Optional.empty() : find(id);
    }

    public boolean delete(long id) {
        return jdbc.update("DELETE FROM inventory_items WHERE id = :id", Map.of("id", id)) == 1;
    }

    private static String whereCode(String code, MapSqlParameterSource params) {
        if (code == null) {
            return "";
        }
        params.addValue("code", code);
        return " WHERE code = :code";
    }

    private MapSqlParameterSource params(InventoryItem item) {
        return new MapSqlParameterSource()
                .addValue("code", item.getCode())
                .addValue("name", item.getName())
                .addValue("price", item.getPrice())
                .addValue("cost", item.getCost())
                .addValue("weight", item.getWeight())
                .addValue("stock", item.getStock())
                .addValue("location", item.getLocation())
                .addValue("metadataJson", json.write(item.getMetadata()));
    }

    private LocalDateTime now() {
        return OrderDates.now(clock);
    }
}
