package io.printrelay.connector.fourover.catalog;

import java.util.Locale;

/**
 * What an option group is for, read from its name: 4over spells the same group several ways ("Runsize"/"Runsizes",
 * "Colorspec", "Turn-Around"/"Turn Around Time"/"Turnaround-times"), and a client must not care which.
 */
public enum GroupKind {
    RUNSIZE, COLORSPEC, TURNAROUND, OPTION;

    public static GroupKind of(String groupName) {
        String letters = groupName == null ? "" : groupName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.startsWith("runsize")) {
            return RUNSIZE;
        }
        if (letters.startsWith("colorspec") || letters.startsWith("colourspec")) {
            return COLORSPEC;
        }
        if (letters.startsWith("turnaround")) {
            return TURNAROUND;
        }
        return OPTION;
    }

    /** The name the Options Manager shows: "runsize", "colorspec", "turnaround", or the group's own. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
