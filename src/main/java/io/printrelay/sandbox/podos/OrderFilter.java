package io.printrelay.sandbox.podos;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The filters of {@code GET /v1/orders}: any of the statuses (none given: all), created strictly after an instant.
 *
 * @param createdAfter null for no lower bound
 */
record OrderFilter(Set<PodosOrderStatus> statuses, Instant createdAfter) {

    OrderFilter {
        statuses = statuses.isEmpty() ? EnumSet.noneOf(PodosOrderStatus.class) : EnumSet.copyOf(statuses);
    }

    /**
     * Reads the query parameters: {@code status} repeated and/or comma-separated; {@code createdAfter} an ISO-8601
     * instant (an offset other than Z is taken too) or a date, meaning the start of that day in UTC.
     *
     * @throws PodosApiException 400 naming the value that could not be read
     */
    static OrderFilter of(List<String> statusParameters, String createdAfter) {
        Set<PodosOrderStatus> statuses = EnumSet.noneOf(PodosOrderStatus.class);
        for (String parameter : statusParameters == null ? List.<String>of() : statusParameters) {
            for (String value : parameter.split(",")) {
                String trimmed = value.trim();
                if (!trimmed.isEmpty()) {
                    statuses.add(PodosOrderStatus.of(trimmed).orElseThrow(() -> PodosApiException.badRequest(
                            "Invalid status " + trimmed + ": one of pending, processing, complete, canceled")));
                }
            }
        }
        return new OrderFilter(statuses, createdAfter == null || createdAfter.isBlank() ? null
                : instant(createdAfter.trim()));
    }

    boolean matches(PodosOrder order) {
        return (statuses.isEmpty() || statuses.contains(order.status()))
                && (createdAfter == null || order.createdAt().isAfter(createdAfter));
    }

    /**
     * Short, and the same for the same filter however its parameters were spelled: a page token carries it so that
     * a token is only good for the listing it came from.
     */
    String fingerprint() {
        String canonical = statuses + "|" + createdAfter;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Instant instant(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw PodosApiException.badRequest("Invalid createdAfter " + value
                    + ": an ISO-8601 instant (2026-11-23T18:00:00Z) or a date (2026-11-23)");
        }
    }
}
