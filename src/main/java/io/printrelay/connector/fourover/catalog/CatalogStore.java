package io.printrelay.connector.fourover.catalog;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The only code that writes the 4over catalog tables (fourover_products, fourover_option_groups, fourover_options,
 * fourover_base_prices). A product is replaced whole in one transaction: a reader (the Options Manager, a validation
 * during an order's mapping) never sees its old groups with its new prices, and a sync stopped halfway leaves every
 * product either as it was or as 4over has it now.
 */
@Component
public class CatalogStore {

    /** One product of a listing, without its options. */
    public record Summary(String productUuid, String productCode, String productDescription, String fullProductPath,
                          String categoryUuid, String categoryName, String lastUpdated) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public CatalogStore(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Replaces the product, its option groups, options and base prices, all or nothing. */
    public void write(CatalogProduct product) {
        Map<String, Object> key = Map.of("product", product.productUuid());
        transaction.executeWithoutResult(status -> {
            // children are only ever written with their product row: a product that was not there has none
            if (jdbc.update("DELETE FROM fourover_products WHERE product_uuid = :product", key) > 0) {
                for (String table : List.of("fourover_options", "fourover_option_groups", "fourover_base_prices")) {
                    jdbc.update("DELETE FROM " + table + " WHERE product_uuid = :product", key);
                }
            }
            jdbc.update("INSERT INTO fourover_products (product_uuid, product_code, product_description,"
                    + " full_product_path, category_uuid, category_name, last_updated, synced_at) VALUES (:product,"
                    + " :code, :description, :path, :category, :categoryName, :lastUpdated, :now)",
                    new MapSqlParameterSource(key).addValue("code", product.productCode())
                            .addValue("description", product.productDescription())
                            .addValue("path", product.fullProductPath()).addValue("category", product.categoryUuid())
                            .addValue("categoryName", product.categoryName())
                            .addValue("lastUpdated", product.lastUpdated())
                            .addValue("now", Timestamp.from(clock.instant())));
            List<SqlParameterSource> groups = new ArrayList<>();
            List<SqlParameterSource> options = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CatalogProduct.Group group : product.groups()) {
                groups.add(new MapSqlParameterSource(key).addValue("group", group.groupUuid())
                        .addValue("name", group.name()).addValue("kind", group.kind().name())
                        .addValue("min", group.minoccurs()).addValue("max", group.maxoccurs())
                        .addValue("position", groups.size()));
                for (CatalogProduct.Option option : group.options()) {
                    if (!seen.add(option.optionUuid())) {
                        continue; // 4over lists an option once per product; a repeat would only break the key
                    }
                    options.add(new MapSqlParameterSource(key).addValue("option", option.optionUuid())
                            .addValue("group", group.groupUuid()).addValue("name", option.name())
                            .addValue("description", option.description())
                            .addValue("runsize", option.runsizeUuid()).addValue("colorspec", option.colorspecUuid())
                            .addValue("position", options.size()));
                }
            }
            jdbc.batchUpdate("INSERT INTO fourover_option_groups (product_uuid, group_uuid, group_name, kind,"
                    + " minoccurs, maxoccurs, position) VALUES (:product, :group, :name, :kind, :min, :max, :position)",
                    groups.toArray(SqlParameterSource[]::new));
            jdbc.batchUpdate("INSERT INTO fourover_options (product_uuid, option_uuid, group_uuid, option_name,"
                    + " option_description, runsize_uuid, colorspec_uuid, position) VALUES (:product, :option, :group,"
                    + " :name, :description, :runsize, :colorspec, :position)",
                    options.toArray(SqlParameterSource[]::new));
            jdbc.batchUpdate("INSERT INTO fourover_base_prices (product_uuid, runsize_uuid, colorspec_uuid, runsize,"
                    + " colorspec, price) VALUES (:product, :runsize, :colorspec, :runsizeName, :colorspecName, :price)",
                    uniquePrices(product).stream().map(p -> (SqlParameterSource) new MapSqlParameterSource(key)
                            .addValue("runsize", p.runsizeUuid()).addValue("colorspec", p.colorspecUuid())
                            .addValue("runsizeName", p.runsize()).addValue("colorspecName", p.colorspec())
                            .addValue("price", p.price())).toArray(SqlParameterSource[]::new));
        });
    }

    private static List<CatalogProduct.Price> uniquePrices(CatalogProduct product) {
        Map<String, CatalogProduct.Price> byPair = new LinkedHashMap<>();
        product.prices().forEach(p -> byPair.putIfAbsent(p.runsizeUuid() + " " + p.colorspecUuid(), p));
        return List.copyOf(byPair.values());
    }

    public Optional<CatalogProduct> product(String productUuid) {
        Map<String, Object> key = Map.of("product", productUuid == null ? "" : productUuid);
        List<Summary> found = jdbc.query("SELECT * FROM fourover_products WHERE product_uuid = :product", key,
                CatalogStore::summary);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<CatalogProduct.Option>> optionsByGroup = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM fourover_options WHERE product_uuid = :product ORDER BY position", key,
                rs -> {
                    optionsByGroup.computeIfAbsent(rs.getString("group_uuid"), g -> new ArrayList<>())
                            .add(new CatalogProduct.Option(rs.getString("option_uuid"), rs.getString("option_name"),
                                    rs.getString("option_description"), rs.getString("runsize_uuid"),
                                    rs.getString("colorspec_uuid")));
                });
        List<CatalogProduct.Group> groups = jdbc.query("SELECT * FROM fourover_option_groups"
                + " WHERE product_uuid = :product ORDER BY position", key, (rs, n) -> new CatalogProduct.Group(
                rs.getString("group_uuid"), rs.getString("group_name"), GroupKind.valueOf(rs.getString("kind")),
                rs.getInt("minoccurs"), rs.getInt("maxoccurs"),
                List.copyOf(optionsByGroup.getOrDefault(rs.getString("group_uuid"), List.of()))));
        List<CatalogProduct.Price> prices = jdbc.query("SELECT * FROM fourover_base_prices"
                + " WHERE product_uuid = :product ORDER BY price", key, (rs, n) -> new CatalogProduct.Price(
                rs.getString("runsize_uuid"), rs.getString("runsize"), rs.getString("colorspec_uuid"),
                rs.getString("colorspec"), rs.getBigDecimal("price").stripTrailingZeros().setScale(2,
                java.math.RoundingMode.HALF_UP)));
        Summary s = found.get(0);
        return Optional.of(new CatalogProduct(s.productUuid(), s.productCode(), s.productDescription(),
                s.fullProductPath(), s.categoryUuid(), s.categoryName(), s.lastUpdated(), groups, prices,
                CatalogProduct.LOCAL));
    }

    /** A page of synced products by code, matching {@code q} in code or description and {@code category}. */
    public List<Summary> search(String q, String category, int limit, int offset) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        return jdbc.query("SELECT * FROM fourover_products" + where(q, category, params)
                + " ORDER BY product_code, product_uuid OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY", params,
                CatalogStore::summary);
    }

    public long count(String q, String category) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM fourover_products" + where(q, category, params),
                params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * After a complete full sync: the products it did not write are no longer in 4over's feed, and go (with their
     * groups, options and prices, in one transaction). How many went.
     */
    public int removeNotSyncedSince(java.time.Instant since) {
        MapSqlParameterSource params = new MapSqlParameterSource("since", Timestamp.from(since));
        String stale = "SELECT product_uuid FROM fourover_products WHERE synced_at < :since";
        Integer removed = transaction.execute(status -> {
            for (String table : List.of("fourover_options", "fourover_option_groups", "fourover_base_prices")) {
                jdbc.update("DELETE FROM " + table + " WHERE product_uuid IN (" + stale + ")", params);
            }
            return jdbc.update("DELETE FROM fourover_products WHERE synced_at < :since", params);
        });
        return removed == null ? 0 : removed;
    }

    /** Rows of the catalog tables, for the sync's completeness check: products, groups, options, prices. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("fourover_products", "fourover_option_groups", "fourover_options",
                "fourover_base_prices")) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Map.of(), Long.class));
        }
        return counts;
    }

    private static String where(String q, String category, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            params.addValue("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
            conditions.add("(LOWER(product_code) LIKE :q OR LOWER(product_description) LIKE :q)");
        }
        if (category != null && !category.isBlank()) {
            params.addValue("category", category.trim()).addValue("categoryName",
                    category.trim().toLowerCase(Locale.ROOT));
            conditions.add("(category_uuid = :category OR LOWER(category_name) = :categoryName)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getString("product_uuid"), rs.getString("product_code"),
                rs.getString("product_description"), rs.getString("full_product_path"), rs.getString("category_uuid"),
                rs.getString("category_name"), rs.getString("last_updated"));
    }
}
