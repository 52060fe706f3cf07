package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads 4over's product JSON (a productsfeed entity, or a product with its option groups and its baseprices) into a
 * {@link CatalogProduct}. Field names follow 4over's docs; where samples differ (prices under
 * {@code product_base_prices} or {@code base_prices}, groups under {@code product_option_groups} or
 * {@code entities}) both are read.
 */
public final class CatalogJson {

    private CatalogJson() {
    }

    /** A productsfeed entity: the product, its option groups and its base prices in one. */
    public static CatalogProduct feedProduct(JsonNode entity) {
        JsonNode prices = entity.has("product_base_prices") ? entity.path("product_base_prices")
                : entity.path("base_prices");
        return product(entity, entity.path("product_option_groups"), prices, CatalogProduct.LOCAL);
    }

    /** {@code GET /printproducts/products/{uuid}} and its {@code /baseprices}, read live. */
    public static CatalogProduct liveProduct(JsonNode product, JsonNode basePrices) {
        return product(product, product.path("product_option_groups"), basePrices.path("entities"),
                CatalogProduct.LIVE);
    }

    private static CatalogProduct product(JsonNode p, JsonNode groupNodes, JsonNode priceNodes, String source) {
        JsonNode category = p.path("categories").path(0);
        List<CatalogProduct.Group> groups = new ArrayList<>();
        for (JsonNode g : groupNodes) {
            List<CatalogProduct.Option> options = new ArrayList<>();
            for (JsonNode o : g.path("options")) {
                options.add(new CatalogProduct.Option(text(o, "option_uuid"), text(o, "option_name"),
                        text(o, "option_description"), text(o, "runsize_uuid"), text(o, "colorspec_uuid")));
            }
            String name = text(g, "product_option_group_name");
            groups.add(new CatalogProduct.Group(text(g, "product_option_group_uuid"), name, GroupKind.of(name),
                    g.path("minoccurs").asInt(0), g.path("maxoccurs").asInt(1), List.copyOf(options)));
        }
        List<CatalogProduct.Price> prices = new ArrayList<>();
        for (JsonNode b : priceNodes) {
            String amount = text(b, "product_baseprice");
            if (amount != null && text(b, "runsize_uuid") != null && text(b, "colorspec_uuid") != null) {
                prices.add(new CatalogProduct.Price(text(b, "runsize_uuid"), text(b, "runsize"),
                        text(b, "colorspec_uuid"), text(b, "colorspec"), new BigDecimal(amount.trim())));
            }
        }
        return new CatalogProduct(text(p, "product_uuid"), blankOr(text(p, "product_code"), ""),
                text(p, "product_description"), text(p, "full_product_path"), text(category, "category_uuid"),
                text(category, "category_name"), blankOr(text(p, "last_updated"), text(p, "updated_at")),
                List.copyOf(groups), List.copyOf(prices), source);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String blankOr(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
