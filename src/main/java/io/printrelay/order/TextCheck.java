package io.printrelay.order;

import java.util.Collection;
import java.util.Map;

/**
 * Text a field may not hold: control characters (all but tab, line feed and carriage return), which no print vendor
 * takes, break log lines and CSV exports, and which PostgreSQL refuses (U+0000) in text; and broken UTF-16 (a lone
 * surrogate), which cannot be stored as UTF-8. Everything else is text like any other (quotes, markup, emoji,
 * right-to-left), stored as sent.
 */
final class TextCheck {

    private TextCheck() {
    }

    /** What is wrong with the text, or null. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("contains a broken character (a lone UTF-16 surrogate U+%04X)", (int) c);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return String.format("contains a control character (U+%04X)", (int) c);
            }
        }
        return null;
    }

    /** The first problem in a field's value (text, or a map or list of them), as "field: problem", or null. */
    static String problem(String field, Object value) {
        if (value instanceof String text) {
            String problem = problem(text);
            return problem == null ? null : field + ": " + problem;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String problem = problem(key);
                if (problem != null) {
                    return field + " (a key): " + problem;
                }
                problem = problem(field + "." + key, entry.getValue());
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (value instanceof Collection<?> values) {
            int i = 0;
            for (Object element : values) {
                String problem = problem(field + "[" + i++ + "]", element);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }
}
