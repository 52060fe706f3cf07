package io.printrelay.sandbox.fourover;

import java.util.List;

/**
 * One page of a 4over listing ({@code ?max=N&offset=M}). As in 4over, a missing or unreadable {@code max} or
 * {@code offset} is ignored rather than refused, so a client that gets the parameter wrong silently gets 20.
 */
public record FourOverPage<T>(List<T> entities, int totalResults, int currentPage, int maximumPages) {

    static final int DEFAULT_MAX = 20;

    static <T> FourOverPage<T> of(List<T> all, String max, String offset) {
        int size = positiveOr(max, DEFAULT_MAX);
        int from = Math.min(all.size(), positiveOr(offset, 0));
        List<T> entities = all.subList(from, Math.min(all.size(), from + size));
        int maximumPages = (all.size() + size - 1) / size;
        return new FourOverPage<>(List.copyOf(entities), all.size(), from / size + 1, maximumPages);
    }

    private static int positiveOr(String value, int otherwise) {
        try {
            int number = value == null ? otherwise : Integer.parseInt(value.trim());
            return number > 0 ? number : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
