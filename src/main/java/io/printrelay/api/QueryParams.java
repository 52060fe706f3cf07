package io.printrelay.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Parses Order Desk's query parameters, refusing bad values with a message that names the parameter. */
final class QueryParams {

    static final int MAX_LIMIT = 500;

    private QueryParams() {
    }

    static int limit(Integer limit, int defaultLimit) {
        int value = limit == null ? defaultLimit : limit;
        if (value < 1 || value > MAX_LIMIT) {
            throw ApiException.badRequest("limit: must be between 1 and " + MAX_LIMIT);
        }
        return value;
    }

    static int offset(Integer offset) {
        int value = offset == null ? 0 : offset;
        if (value < 0) {
            throw ApiException.badRequest("offset: must not be negative");
        }
        return value;
    }

    static List<Long> ids(String name, String commaList) {
        if (commaList == null || commaList.isBlank()) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String part : commaList.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(name + ": '" + part.trim() + "' is not a number");
            }
        }
        return ids;
    }

    /** Accepts "2014-10-08 12:10:00" (Order Desk's format) or a bare date, which means its start (or end). */
    static LocalDateTime date(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate date = LocalDate.parse(value.trim());
                return endOfDay ? date.atTime(23, 59, 59) : date.atStartOfDay();
            } catch (DateTimeParseException notDate) {
                throw ApiException.badRequest(name + ": '" + value + "' is not a date (YYYY-MM-DD HH:MM:SS)");
            }
        }
    }

    static boolean ascending(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("desc")) {
            return false;
        }
        if (order.equalsIgnoreCase("asc")) {
            return true;
        }
        throw ApiException.badRequest("order: must be asc or desc");
    }

    static boolean flag(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
