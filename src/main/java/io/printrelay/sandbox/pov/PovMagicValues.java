package io.printrelay.sandbox.pov;

import java.time.Duration;
import java.util.Locale;

/**
 * Values that make the simulated POV misbehave on purpose, so that the POV connector, its tests and demos can
 * meet POV's unhappy paths on demand:
 * <ul>
 *   <li>SKU {@value #CANCEL_SKU}: accepted like a product of the catalog, but the order goes
 *       {@code received → in_production → canceled} instead of shipping (POV gave up on it).</li>
 *   <li>a {@code reference} containing {@value #UNAVAILABLE_REFERENCE}: every POST answers 503
 *       {@code {"error":"Service unavailable"}} and creates nothing (POV is down: the order must be sent again).</li>
 *   <li>a {@code reference} containing {@value #SLOW_REFERENCE}: the order is created, but the answer comes
 *       {@link #SLOW_RESPONSE_DELAY} late (a client that timed out must find out whether it got through before
 *       sending again; the 409 of a duplicate reference tells it).</li>
 * </ul>
 * References are matched ignoring case; the SKU exactly, as every SKU.
 */
public final class PovMagicValues {

    public static final String CANCEL_SKU = "POV-SIM-CANCEL";
    public static final String UNAVAILABLE_REFERENCE = "SIM-503";
    public static final String SLOW_REFERENCE = "SIM-SLOW";

    public static final Duration SLOW_RESPONSE_DELAY = Duration.ofSeconds(3);

    private PovMagicValues() {
    }

    public static boolean unavailable(String reference) {
        return contains(reference, UNAVAILABLE_REFERENCE);
    }

    public static boolean answersSlowly(String reference) {
        return contains(reference, SLOW_REFERENCE);
    }

    private static boolean contains(String reference, String magic) {
        return reference != null && reference.toUpperCase(Locale.ROOT).contains(magic);
    }
}
