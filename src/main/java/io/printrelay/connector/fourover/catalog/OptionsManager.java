package io.printrelay.connector.fourover.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Order Desk's 4over Options Manager, as data: a product's runsizes, colorspecs and turnaround times (each turnaround
 * with the runsize and colorspec it belongs to, named), and its other option groups with their min/max occurrences,
 * under plain names whatever 4over called the groups.
 */
public final class OptionsManager {

    private OptionsManager() {
    }

    public static Map<String, Object> view(CatalogProduct product) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("product_uuid", product.productUuid());
        view.put("product_code", product.productCode());
        view.put("product_description", product.productDescription());
        view.put("full_product_path", product.fullProductPath());
        view.put("category_uuid", product.categoryUuid());
        view.put("category_name", product.categoryName());
        view.put("source", product.source());
        view.put("runsizes", plain(product.optionsOf(GroupKind.RUNSIZE)));
        view.put("colorspecs", plain(product.optionsOf(GroupKind.COLORSPEC)));
        List<Map<String, Object>> turnarounds = new ArrayList<>();
        for (CatalogProduct.Option t : product.optionsOf(GroupKind.TURNAROUND)) {
            Map<String, Object> turnaround = new LinkedHashMap<>();
            turnaround.put("turnaroundtime_uuid", t.optionUuid());
            turnaround.put("name", t.name());
            turnaround.put("runsize_uuid", t.runsizeUuid());
            turnaround.put("runsize", name(product, GroupKind.RUNSIZE, t.runsizeUuid()));
            turnaround.put("colorspec_uuid", t.colorspecUuid());
            turnaround.put("colorspec", name(product, GroupKind.COLORSPEC, t.colorspecUuid()));
            turnarounds.add(turnaround);
        }
        view.put("turnaround_times", turnarounds);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (CatalogProduct.Group g : product.groupsOf(GroupKind.OPTION)) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("group_uuid", g.groupUuid());
            group.put("name", g.name());
            group.put("minoccurs", g.minoccurs());
            group.put("maxoccurs", g.maxoccurs());
            group.put("required", g.minoccurs() > 0);
            group.put("options", plain(g.options()));
            groups.add(group);
        }
        view.put("option_groups", groups);
        view.put("base_prices", product.prices().stream().map(p -> {
            Map<String, Object> price = new LinkedHashMap<>();
            price.put("runsize_uuid", p.runsizeUuid());
            price.put("runsize", p.runsize());
            price.put("colorspec_uuid", p.colorspecUuid());
            price.put("colorspec", p.colorspec());
            price.put("price", p.price().toPlainString());
            return price;
        }).toList());
        return view;
    }

    private static List<Map<String, Object>> plain(List<CatalogProduct.Option> options) {
        return options.stream().map(o -> {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("option_uuid", o.optionUuid());
            option.put("name", o.name());
            option.put("description", o.description());
            return option;
        }).toList();
    }

    private static String name(CatalogProduct product, GroupKind kind, String uuid) {
        return uuid == null ? null : product.option(kind, uuid).map(CatalogProduct.Option::name).orElse(null);
    }
}
