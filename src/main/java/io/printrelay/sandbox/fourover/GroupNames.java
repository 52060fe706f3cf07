package io.printrelay.sandbox.fourover;

import java.util.Locale;

/**
 * 4over names the same option group several ways ("Runsize"/"Runsizes", "Turn-Around"/"Turn Around Time"/
 * "Turnaround-times"); the simulator serves every variant, so its own checks compare names loosely.
 */
final class GroupNames {

    private GroupNames() {
    }

    static boolean same(String one, String other) {
        return key(one).equals(key(other));
    }

    /** Letters only, lower case, without a plural or a trailing "time(s)": "Turn Around Time" and "Turnaround-times" meet. */
    static String key(String name) {
        String letters = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        letters = letters.endsWith("s") ? letters.substring(0, letters.length() - 1) : letters;
        return letters.endsWith("time") && letters.length() > 4 ? letters.substring(0, letters.length() - 4) : letters;
    }
}
