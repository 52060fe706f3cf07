package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * One line of a POV order as the simulated POV keeps and answers it: the client's {@code line_reference} (null
 * when it gave none) and every artwork file it prints for the line ({@code prints} as sent, else the one
 * {@code print_url}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PovOrderLine(String sku, int quantity, String printUrl, String lineReference, List<Print> prints) {

    /** One artwork file and where it goes ({@code front}, {@code back}, {@code sleeve}…; null when not said). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Print(String url, String location) {
    }

    public PovOrderLine {
        prints = List.copyOf(prints);
    }
}
