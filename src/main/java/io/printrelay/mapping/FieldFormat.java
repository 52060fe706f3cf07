package io.printrelay.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The form a vendor field's value must have beyond being text. The mapping processor checks it before anything
 * is claimed, so that a value the vendor's request cannot carry stops the order with a note naming it, instead
 * of failing halfway through a send.
 */
public enum FieldFormat {

    /** 0, 1, 2 … (4over's {@code sets}). */
    WHOLE_NUMBER("a whole number"),
    /** 1/0, true/false, yes/no in any case (4over's {@code dropship}). */
    FLAG("a flag (1 or 0, true or false, yes or no)"),
    /** A JSON list of plain values ({@code ["a","b"]}) or values separated by commas (4over's {@code option_uuids}). */
    LIST("a list (a JSON list of values, or values separated by commas)");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> FLAGS = Set.of("1", "0", "true", "false", "yes", "no");
    /** A comma-separated value with these in it is a JSON or map fragment, not a plain value. */
    private static final String NOT_PLAIN = "[]{}\"";

    private final String description;

    FieldFormat(String description) {
        this.description = description;
    }

    /** What is wrong with a value ({@code 'two' is not a whole number}); empty when it fits. */
    public Optional<String> problem(String value) {
        return fits(value.trim()) ? Optional.empty() : Optional.of("'" + value + "' is not " + description);
    }

    private boolean fits(String value) {
        return switch (this) {
            case WHOLE_NUMBER -> value.matches("\\d{1,9}");
            case FLAG -> FLAGS.contains(value.toLowerCase(Locale.ROOT));
            case LIST -> {
                try {
                    listValues(value);
                    yield true;
                } catch (IllegalArgumentException e) {
                    yield false;
                }
            }
        };
    }

    /**
     * The values of a {@link #LIST} field, blanks left out.
     *
     * @throws IllegalArgumentException when the value is not a list
     */
    public static List<String> listValues(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return List.of();
        }
        if (!v.startsWith("[")) {
            List<String> values = Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (values.stream().anyMatch(s -> s.chars().anyMatch(c -> NOT_PLAIN.indexOf(c) >= 0))) {
                throw new IllegalArgumentException("not a list of plain values: " + v);
            }
            return values;
        }
        JsonNode list;
        try {
            list = JSON.readTree(v);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON list: " + v, e);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : list) {
            if (!element.isValueNode() || element.isNull()) {
                throw new IllegalArgumentException("not a list of plain values: " + v);
            }
            if (!element.asText().isBlank()) {
                values.add(element.asText().trim());
            }
        }
        return values;
    }
}
