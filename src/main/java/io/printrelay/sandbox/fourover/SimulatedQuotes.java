package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated 4over's prices: a quote is the base price of the runsize and colorspec, the options (a share of the
 * base, slits a fixed amount) and the turnaround (Next Day costs most); shipping is priced per carrier service by
 * run size and distance. Invented, but deterministic and in 4over's shapes, which is what connectors need.
 */
final class SimulatedQuotes {

    /** 4over's service codes: UPS's own numbers, FedEx and USPS by name (what the shipping quote lists). */
    static final List<String[]> SERVICES = List.of(
            new String[]{"03", "UPS Ground", "9.80"}, new String[]{"12", "UPS 3 Day Select", "16.40"},
            new String[]{"02", "UPS 2nd Day Air", "21.70"}, new String[]{"01", "UPS Next Day Air", "38.90"},
            new String[]{"FEDEX_GROUND", "FedEx Ground", "9.60"}, new String[]{"FEDEX_2_DAY", "FedEx 2Day", "22.10"},
            new String[]{"STANDARD_OVERNIGHT", "FedEx Standard Overnight", "41.30"},
            new String[]{"USPS_PRIORITY", "USPS Priority Mail", "8.70"},
            new String[]{"USPS_FIRST_CLASS", "USPS First Class Mail", "4.90"});

    private final SimulatedCatalogChanges changes;

    SimulatedQuotes(SimulatedCatalogChanges changes) {
        this.changes = changes;
    }

    /** The quote, or empty for a combination the product does not have (4over answers 404). */
    Optional<Map<String, String>> quote(String productUuid, String runsizeUuid, String colorspecUuid,
                                        String turnaroundUuid, List<String> optionUuids) {
        Optional<SimulatedProduct> found = SimulatedCatalog.product(productUuid);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SimulatedProduct product = found.get();
        Optional<BasePrice> base = changes.basePrices(product).stream()
                .filter(p -> p.runsizeUuid().equals(runsizeUuid) && p.colorspecUuid().equals(colorspecUuid))
                .findFirst();
        Optional<ProductOption> turnaround = product.group(SimulatedCatalog.TURNAROUND_GROUP_NAME)
                .flatMap(g -> g.options().stream().filter(o -> o.optionUuid().equals(turnaroundUuid)).findFirst())
                .filter(o -> o.runsizeUuid().equals(runsizeUuid) && o.colorspecUuid().equals(colorspecUuid));
        if (base.isEmpty() || turnaround.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal basePrice = new BigDecimal(base.get().productBaseprice());
        BigDecimal options = BigDecimal.ZERO;
        for (String uuid : optionUuids) {
            Optional<ProductOption> option = product.option(uuid);
            Optional<OptionGroup> group = product.groupOf(uuid);
            if (option.isEmpty() || group.isEmpty() || isChoiceGroup(group.get())) {
                return Optional.empty();
            }
            options = options.add(optionPrice(option.get(), basePrice));
        }
        BigDecimal turnaroundPrice = basePrice.multiply(switch (turnaround.get().optionName()) {
            case "Next Day" -> new BigDecimal("0.25");
            case "3 Business Days" -> new BigDecimal("0.08");
            default -> BigDecimal.ZERO;
        });
        Map<String, String> quote = new LinkedHashMap<>();
        quote.put("base_price", money(basePrice));
        quote.put("options_price", money(options));
        quote.put("turnaroundtime_price", money(turnaroundPrice));
        quote.put("total_price", money(basePrice.add(options).add(turnaroundPrice)));
        return Optional.of(quote);
    }

    /** {@code job.facilities[].shipping_options[]}, dearer for bigger runs and farther zip codes. */
    Map<String, Object> shipping(JsonNode request) {
        JsonNode info = request.path("product_info");
        String productUuid = info.path("product_uuid").asText("");
        SimulatedProduct product = SimulatedCatalog.product(productUuid).orElseThrow(
                () -> FourOverApiException.notFound("Product " + productUuid + " not found"));
        JsonNode address = request.path("shipping_address");
        for (String field : List.of("address", "city", "state", "zipcode", "country")) {
            if (address.path(field).asText("").isBlank()) {
                throw FourOverApiException.badRequest("shipping_address." + field + " is required");
            }
        }
        String runsize = product.group(SimulatedCatalog.RUNSIZE_GROUP_NAME).flatMap(g -> g.options().stream()
                .filter(o -> o.optionUuid().equals(info.path("runsize_uuid").asText())).findFirst())
                .map(ProductOption::optionName).orElseThrow(() -> FourOverApiException.badRequest(
                        "product_info.runsize_uuid is not a runsize of product " + productUuid));
        String zip = address.path("zipcode").asText();
        BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(runsize).divide(new BigDecimal("5000"), 4,
                RoundingMode.HALF_UP)).add(BigDecimal.valueOf(Character.isDigit(zip.charAt(0)) ? zip.charAt(0) - '0'
                : 5).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP));
        List<Map<String, String>> options = SERVICES.stream().map(s -> Map.of("service_code", s[0],
                "service_name", s[1], "service_price", money(new BigDecimal(s[2]).multiply(factor)))).toList();
        Map<String, Object> facility = new LinkedHashMap<>();
        facility.put("facility_name", "Los Angeles, CA");
        facility.put("shipping_options", options);
        return Map.of("job", Map.of("facilities", List.of(facility)));
    }

    private static boolean isChoiceGroup(OptionGroup group) {
        String key = GroupNames.key(group.productOptionGroupName());
        return key.equals("runsize") || key.equals("colorspec") || key.equals("turnaround");
    }

    private static BigDecimal optionPrice(ProductOption option, BigDecimal base) {
        return switch (option.optionName()) {
            case "UV" -> base.multiply(new BigDecimal("0.10"));
            case "Matte" -> base.multiply(new BigDecimal("0.12"));
            default -> new BigDecimal("1.50");
        };
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
