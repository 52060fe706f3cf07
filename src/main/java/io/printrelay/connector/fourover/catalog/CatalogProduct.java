package io.printrelay.connector.fourover.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A 4over product as the catalog holds it: its option groups (each with its kind) and its base prices. Read from the
 * local tables or, for a product not synced yet, from 4over itself ({@code source}).
 */
public record CatalogProduct(String productUuid, String productCode, String productDescription,
                             String fullProductPath, String categoryUuid, String categoryName, String lastUpdated,
                             List<Group> groups, List<Price> prices, String source) {

    public static final String LOCAL = "catalog";
    public static final String LIVE = "4over";

    /** An option group: {@code minoccurs} 0 makes it optional, {@code maxoccurs} caps the choices per job. */
    public record Group(String groupUuid, String name, GroupKind kind, int minoccurs, int maxoccurs,
                        List<Option> options) {
    }

    /** One choice; a turnaround carries the runsize and colorspec pair it belongs to. */
    public record Option(String optionUuid, String name, String description, String runsizeUuid,
                         String colorspecUuid) {
    }

    /** 4over's price of a runsize at a colorspec, before options and turnaround. */
    public record Price(String runsizeUuid, String runsize, String colorspecUuid, String colorspec,
                        BigDecimal price) {
    }

    public CatalogProduct withSource(String newSource) {
        return new CatalogProduct(productUuid, productCode, productDescription, fullProductPath, categoryUuid,
                categoryName, lastUpdated, groups, prices, newSource);
    }

    public List<Group> groupsOf(GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).toList();
    }

    public List<Option> optionsOf(GroupKind kind) {
        return groupsOf(kind).stream().flatMap(g -> g.options().stream()).toList();
    }

    public Optional<Option> option(GroupKind kind, String optionUuid) {
        return optionsOf(kind).stream().filter(o -> o.optionUuid().equals(optionUuid)).findFirst();
    }

    public Optional<Group> groupOf(String optionUuid) {
        return groups.stream().filter(g -> g.options().stream().anyMatch(o -> o.optionUuid().equals(optionUuid)))
                .findFirst();
    }

    public Optional<Price> price(String runsizeUuid, String colorspecUuid) {
        return prices.stream().filter(p -> p.runsizeUuid().equals(runsizeUuid)
                && p.colorspecUuid().equals(colorspecUuid)).findFirst();
    }
}
