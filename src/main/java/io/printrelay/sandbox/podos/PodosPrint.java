package io.printrelay.sandbox.podos;

/**
 * One artwork file of an item and where it goes ({@code front}, {@code back}, …). PrintRelay keeps these as item
 * metadata {@code print_url_n} / {@code print_location_n}, as Order Desk's podOS import does.
 */
public record PodosPrint(String url, String location) {

    public static PodosPrint front(String url) {
        return new PodosPrint(url, "front");
    }

    public static PodosPrint back(String url) {
        return new PodosPrint(url, "back");
    }
}
