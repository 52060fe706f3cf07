package io.printrelay.order;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card numbers never reach the store: Order Desk clients send {@code cc_number}, PrintRelay keeps only
 * {@code cc_number_masked} with at most the last four digits. A full number sent as {@code cc_number_masked}
 * (or one hidden in it) is masked the same way.
 */
public final class CardNumbers {

    /** 12 to 19 digits, possibly grouped by spaces or dashes: anything that could be a card number. */
    private static final Pattern CARD_NUMBER = Pattern.compile("\\d(?:[ -]?\\d){11,18}");

    private CardNumbers() {
    }

    /** {@code 4111 1111 1111 1111} → {@code ************1111}; text without a card number stays as it is. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = CARD_NUMBER.matcher(value);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[^0-9]", "");
            matcher.appendReplacement(masked, "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    /** What is kept of a {@code cc_number} a client sent: the last four digits behind a mask. */
    public static String maskedFromFullNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.length() <= 4) {
            return "*".repeat(Math.max(0, 12 - digits.length())) + digits;
        }
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}
