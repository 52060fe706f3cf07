package io.printrelay.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor that prints artwork on fixed sides, one file each (4over: {@code fr} and {@code bk}). A file's location
 * names its side (several names, any case, may name one side); a file without a location takes the first side
 * still free. A location that names no side, a second file for a side or more files than sides cannot be sent:
 * each is a problem naming the field and its value, never a file dropped or overwritten.
 *
 * @param namesBySide each side, in order, with the location names that name it (the first is how people say it)
 */
public record PrintSides(Map<String, List<String>> namesBySide) {

    /** Where each file goes (side → file, in side order), and what could not be placed. */
    public record Placement(Map<String, PrintFile> bySide, List<String> problems) {
    }

    public PrintSides {
        namesBySide = Collections.unmodifiableMap(new LinkedHashMap<>(namesBySide));
    }

    public Placement place(List<PrintFile> files, String vendorName) {
        Map<String, PrintFile> bySide = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<PrintFile> withoutLocation = new ArrayList<>();
        for (PrintFile file : files) {
            if (file.location() == null || file.location().isBlank()) {
                withoutLocation.add(file);
                continue;
            }
            Optional<String> side = sideNamed(file.location());
            if (side.isEmpty()) {
                problems.add(file.locationField() + ": '" + file.location() + "' is not a side " + vendorName
                        + " prints (" + String.join(", ", spokenNames()) + ")");
            } else if (bySide.containsKey(side.get())) {
                problems.add(secondFile(file, side.get(), bySide));
            } else {
                bySide.put(side.get(), file);
            }
        }
        for (PrintFile file : withoutLocation) {
            Optional<String> free = namesBySide.keySet().stream().filter(s -> !bySide.containsKey(s)).findFirst();
            if (free.isPresent()) {
                bySide.put(free.get(), file);
            } else {
                problems.add(file.urlField() + ": '" + file.url() + "' has no side left: " + vendorName
                        + " takes one file for each of " + String.join(", ", spokenNames()));
            }
        }
        Map<String, PrintFile> ordered = new LinkedHashMap<>();
        namesBySide.keySet().stream().filter(bySide::containsKey).forEach(s -> ordered.put(s, bySide.get(s)));
        return new Placement(ordered, problems);
    }

    private String secondFile(PrintFile file, String side, Map<String, PrintFile> bySide) {
        return file.urlField() + ": '" + file.url() + "' is a second file for the " + namesBySide.get(side).get(0)
                + " (" + bySide.get(side).urlField() + " has it)";
    }

    private Optional<String> sideNamed(String location) {
        String wanted = location.trim().toLowerCase(Locale.ROOT);
        return namesBySide.entrySet().stream()
                .filter(side -> side.getValue().stream().anyMatch(name -> name.equalsIgnoreCase(wanted)))
                .map(Map.Entry::getKey).findFirst();
    }

    private List<String> spokenNames() {
        return namesBySide.values().stream().map(names -> names.get(0)).toList();
    }
}
