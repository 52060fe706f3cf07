package io.printrelay.sandbox.fourover;

import java.util.List;
import java.util.Optional;

/** A product of the {@link SimulatedCatalog}: what 4over answers about it, and the lookups order checks need. */
public record SimulatedProduct(String productUuid, String productCode, String productDescription,
                               String fullProductPath, String categoryUuid, List<OptionGroup> optionGroups,
                               List<BasePrice> basePrices) {

    public Optional<OptionGroup> group(String groupName) {
        return optionGroups.stream().filter(g -> GroupNames.same(g.productOptionGroupName(), groupName)).findFirst();
    }

    public Optional<OptionGroup> groupOf(String optionUuid) {
        return optionGroups.stream().filter(g -> g.contains(optionUuid)).findFirst();
    }

    public Optional<ProductOption> option(String optionUuid) {
        return optionGroups.stream().flatMap(g -> g.options().stream())
                .filter(o -> o.optionUuid().equals(optionUuid)).findFirst();
    }

    public boolean hasOption(String groupName, String optionUuid) {
        return group(groupName).map(g -> g.contains(optionUuid)).orElse(false);
    }
}
