package io.printrelay.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Order Desk's Product Code Match and Product Code Skip for one vendor.
 * {@code codeMatch} maps a store's item code to the vendor's product code (Order Desk's {@code code=print_sku}
 * lines); {@code codeSkip} lists codes never sent to the vendor. Codes compare without case or surrounding spaces.
 */
public record ProductSettings(Map<String, String> codeMatch, List<String> codeSkip) {

    public ProductSettings {
        codeMatch = codeMatch == null ? Map.of() : Map.copyOf(codeMatch);
        codeSkip = codeSkip == null ? List.of() : List.copyOf(codeSkip);
    }

    public static ProductSettings none() {
        return new ProductSettings(Map.of(), List.of());
    }

    /** The vendor's code for an item code, when a match line names it. */
    public Optional<String> matchFor(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return codeMatch.entrySet().stream().filter(e -> same(e.getKey(), code)).map(Map.Entry::getValue)
                .findFirst();
    }

    public boolean skips(String code) {
        return code != null && codeSkip.stream().anyMatch(skip -> same(skip, code));
    }

    private static boolean same(String a, String b) {
        return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
