package io.printrelay.sandbox.podos;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** podOS writes amounts as decimal strings with two places ({@code "24.00"}); so does the simulator. */
final class Money {

    private Money() {
    }

    /** {@code "24"}, {@code "24.0"} or {@code "24.00"} → {@code "24.00"}; blank → {@code "0.00"}. */
    static String normalized(String amount) {
        return format(parse(amount));
    }

    static BigDecimal parse(String amount) {
        if (amount == null || amount.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + amount + "' is not a valid amount");
        }
    }

    static String format(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
