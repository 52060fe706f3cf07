package io.printrelay.connector.fourover.catalog;

import java.util.List;

/** An item's 4over choices, as an inventory item, an order item or a validate request names them. */
public record ItemChoice(String productUuid, String runsizeUuid, String colorspecUuid, String turnaroundtimeUuid,
                         List<String> optionUuids) {

    public ItemChoice {
        optionUuids = optionUuids == null ? List.of() : optionUuids.stream().filter(u -> u != null && !u.isBlank())
                .map(String::trim).toList();
    }
}
