package io.printrelay.connector.fourover.catalog;

import java.time.Instant;

/**
 * One sync run, carried by the route as exchange property {@code catalogRun}: its row, its mode and, for a delta,
 * since when 4over is asked for changes.
 */
public record CatalogRun(long id, String mode, Instant since, int pageSize) {

    public static final String PROPERTY = "catalogRun";
    public static final String FULL = "full";
    public static final String DELTA = "delta";
}
