package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A product's option group; {@code minoccurs} 0 makes it optional, {@code maxoccurs} caps the choices per job. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OptionGroup(String productOptionGroupUuid, String productOptionGroupName, int minoccurs, int maxoccurs,
                          List<ProductOption> options) {

    public boolean contains(String optionUuid) {
        return options.stream().anyMatch(option -> option.optionUuid().equals(optionUuid));
    }
}
