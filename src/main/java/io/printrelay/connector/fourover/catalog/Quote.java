package io.printrelay.connector.fourover.catalog;

import java.math.BigDecimal;

/**
 * 4over's price of a job: from {@code productquote} (source {@code 4over}) or, when 4over is not reached, the base
 * price the catalog synced (source {@code catalog}: no options or turnaround priced). {@code refusal}: 4over has no
 * price for this combination (its 404), or nothing could price it.
 */
public record Quote(String source, BigDecimal basePrice, BigDecimal optionsPrice, BigDecimal turnaroundtimePrice,
                    BigDecimal totalPrice, String refusal) {

    public static final String FROM_FOUR_OVER = "4over productquote";
    public static final String FROM_CATALOG = "catalog base price";

    static Quote refused(String source, String why) {
        return new Quote(source, null, null, null, null, why);
    }
}
