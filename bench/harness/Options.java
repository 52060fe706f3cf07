import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} pairs. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();

    Options(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
    }

    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int integer(String name) {
        return Integer.parseInt(get(name));
    }

    int integer(String name, int otherwise) {
        return values.containsKey(name) ? integer(name) : otherwise;
    }
}
