package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One choice in an option group. Only turnaround options carry {@code runsize_uuid}/{@code colorspec_uuid}:
 * in 4over a turnaround time exists per runsize and colorspec, and an order names that exact combination.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductOption(String optionUuid, String optionName, String optionDescription,
                            String runsizeUuid, String runsize, String colorspecUuid, String colorspec) {

    static ProductOption plain(String uuid, String name, String description) {
        return new ProductOption(uuid, name, description, null, null, null, null);
    }

    static ProductOption turnaround(String uuid, String name, ProductOption runsize, ProductOption colorspec) {
        String description = name + " for " + runsize.optionName() + " at " + colorspec.optionName();
        return new ProductOption(uuid, name, description, runsize.optionUuid(), runsize.optionName(),
                colorspec.optionUuid(), colorspec.optionName());
    }
}
