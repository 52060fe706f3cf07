package io.printrelay.mapping;

/** One artwork file of an item: {@code print_url_N} and its {@code print_location_N} (null when not given). */
public record PrintFile(int index, String url, String location) {
}
