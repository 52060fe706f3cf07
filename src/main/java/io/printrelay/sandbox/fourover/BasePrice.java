package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The price of a runsize at a colorspec, before options and turnaround; 4over sends amounts as strings. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BasePrice(String basePriceUuid, String productBaseprice, String runsizeUuid, String runsize,
                        String colorspecUuid, String colorspec) {

    /** Nobody orders by a base price uuid, so it is derived from what it prices instead of being listed. */
    static BasePrice of(String productUuid, String price, ProductOption runsize, ProductOption colorspec) {
        String identity = "4over-simulator base price " + productUuid + " " + runsize.optionUuid() + " "
                + colorspec.optionUuid();
        return new BasePrice(UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString(), price,
                runsize.optionUuid(), runsize.optionName(), colorspec.optionUuid(), colorspec.optionName());
    }
}
