package io.printrelay.mapping;

/** One artwork file of an item: {@code print_url_N} and its {@code print_location_N} (null when not given). */
public record PrintFile(int index, String url, String location) {

    /** The item field the file came from: {@code print_url} for file 0, else {@code print_url_N}. */
    public String urlField() {
        return index == 0 ? "print_url" : "print_url_" + index;
    }

    /** The item field that gives its location: {@code print_location} or {@code print_location_N}. */
    public String locationField() {
        return index == 0 ? "print_location" : "print_location_" + index;
    }
}
