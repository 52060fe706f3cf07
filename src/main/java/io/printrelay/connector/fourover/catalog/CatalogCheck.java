package io.printrelay.connector.fourover.catalog;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an item's 4over choices fit its product, as 4over would judge them later: each uuid must be one of the
 * product's (runsize, colorspec, turnaround, other options), the turnaround must be the one of the chosen runsize and
 * colorspec, and each option group must get between its minoccurs and maxoccurs choices. One problem per field,
 * naming the field first: the mapping puts the order and item in front.
 */
@Component
public class CatalogCheck {

    /** One field at fault and why. */
    public record Problem(String field, String message) {

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /** The product as checked ({@code null}: unknown here and at 4over, nothing checked) and what is wrong. */
    public record Result(CatalogProduct product, List<Problem> problems) {

        public boolean productKnown() {
            return product != null;
        }
    }

    private final CatalogLookup lookup;

    public CatalogCheck(CatalogLookup lookup) {
        this.lookup = lookup;
    }

    public Result check(ItemChoice choice) {
        Optional<CatalogProduct> found = lookup.product(choice.productUuid());
        return found.map(product -> new Result(product, problems(product, choice)))
                .orElseGet(() -> new Result(null, List.of()));
    }

    static List<Problem> problems(CatalogProduct product, ItemChoice choice) {
        List<Problem> problems = new ArrayList<>();
        String name = product.productCode().isBlank() ? product.productUuid() : product.productCode();
        Optional<CatalogProduct.Option> runsize = choose(product, GroupKind.RUNSIZE, "runsize_uuid",
                choice.runsizeUuid(), "a runsize", name, problems);
        Optional<CatalogProduct.Option> colorspec = choose(product, GroupKind.COLORSPEC, "colorspec_uuid",
                choice.colorspecUuid(), "a colorspec", name, problems);
        Optional<CatalogProduct.Option> turnaround = choose(product, GroupKind.TURNAROUND, "turnaroundtime_uuid",
                choice.turnaroundtimeUuid(), "a turnaround time", name, problems);
        if (turnaround.isPresent() && runsize.isPresent() && colorspec.isPresent()) {
            CatalogProduct.Option t = turnaround.get();
            boolean pairs = runsize.get().optionUuid().equals(t.runsizeUuid())
                    && colorspec.get().optionUuid().equals(t.colorspecUuid());
            // a turnaround without its pair (a product whose feed leaves it out) cannot be held to one
            if (!pairs && t.runsizeUuid() != null && t.colorspecUuid() != null) {
                problems.add(new Problem("turnaroundtime_uuid", "'" + t.optionUuid() + "' is " + t.name() + " for "
                        + label(product, GroupKind.RUNSIZE, t.runsizeUuid()) + " at "
                        + label(product, GroupKind.COLORSPEC, t.colorspecUuid()) + ", not for runsize "
                        + runsize.get().name() + " at " + colorspec.get().name() + suggestion(product, t,
                        runsize.get(), colorspec.get())));
            }
        }
        checkOptions(product, choice.optionUuids(), name, problems);
        return problems;
    }

    private static Optional<CatalogProduct.Option> choose(CatalogProduct product, GroupKind kind, String field,
                                                          String uuid, String noun, String name,
                                                          List<Problem> problems) {
        if (uuid == null || uuid.isBlank()) {
            if (!product.groupsOf(kind).isEmpty()) {
                problems.add(new Problem(field, "is required for product " + name));
            }
            return Optional.empty();
        }
        Optional<CatalogProduct.Option> option = product.option(kind, uuid.trim());
        if (option.isEmpty()) {
            problems.add(new Problem(field, "'" + uuid.trim() + "' is not " + noun + " of product " + name));
        }
        return option;
    }

    private static void checkOptions(CatalogProduct product, List<String> optionUuids, String name,
                                     List<Problem> problems) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (String uuid : optionUuids) {
            Optional<CatalogProduct.Group> group = product.groupOf(uuid);
            if (group.isEmpty() || group.get().kind() != GroupKind.OPTION) {
                problems.add(new Problem("option_uuids", "'" + uuid + "' is not an option of product " + name
                        + (group.isPresent() ? " (it is a " + group.get().kind().key() + ": set it as "
                        + group.get().kind().key() + "_uuid)" : "")));
            } else {
                chosen.merge(group.get().groupUuid(), 1, Integer::sum);
            }
        }
        for (CatalogProduct.Group group : product.groupsOf(GroupKind.OPTION)) {
            int count = chosen.getOrDefault(group.groupUuid(), 0);
            if (count > group.maxoccurs()) {
                problems.add(new Problem("option_uuids", "at most " + group.maxoccurs() + " of " + group.name()
                        + " may be chosen, got " + count));
            } else if (count < group.minoccurs()) {
                problems.add(new Problem("option_uuids", "at least " + group.minoccurs() + " of " + group.name()
                        + " must be chosen, got " + count));
            }
        }
    }

    private static String label(CatalogProduct product, GroupKind kind, String uuid) {
        return product.option(kind, uuid).map(CatalogProduct.Option::name).orElse(uuid);
    }

    /** The turnaround of the same name for the chosen pair, when the product has one: what the user most likely meant. */
    private static String suggestion(CatalogProduct product, CatalogProduct.Option turnaround,
                                     CatalogProduct.Option runsize, CatalogProduct.Option colorspec) {
        return product.optionsOf(GroupKind.TURNAROUND).stream()
                .filter(o -> runsize.optionUuid().equals(o.runsizeUuid())
                        && colorspec.optionUuid().equals(o.colorspecUuid())
                        && o.name() != null && o.name().equals(turnaround.name()))
                .findFirst().map(o -> " (" + o.name() + " for that pair is " + o.optionUuid() + ")").orElse("");
    }
}
