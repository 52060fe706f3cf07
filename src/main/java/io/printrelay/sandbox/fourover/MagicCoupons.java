package io.printrelay.sandbox.fourover;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coupon codes that make the simulated 4over misbehave on purpose, so that connectors and demos can meet 4over's
 * unhappy paths on demand. {@code coupon_code} may hold several, separated by commas or spaces; case is ignored.
 * <ul>
 *   <li>{@value #SIM_WARNING}: the last job of the order fails with {@value #SIMULATED_FAILURE}; the order is
 *       {@code Warning} when another job was accepted.</li>
 *   <li>{@value #SIM_FAILED}: every job fails with {@value #SIMULATED_FAILURE}; the order is {@code Failed}.</li>
 *   <li>{@value #SIM_HOLD}: accepted jobs pass through "On Hold: Artwork needs review" right after
 *       "Pre-Flighting".</li>
 *   <li>{@value #SIM_SLOW}: the answer comes 3 seconds late (the order is still placed), for client timeouts.</li>
 *   <li>{@value #SIM_PICKUP}: accepted jobs end "Complete: Picked Up" instead of "Complete: Shipped" (collected at
 *       the facility: no tracking number).</li>
 * </ul>
 */
public record MagicCoupons(boolean lastJobFails, boolean everyJobFails, boolean artworkHold, boolean slowResponse,
                           boolean pickedUp) {

    public static final String SIM_WARNING = "SIM-WARNING";
    public static final String SIM_FAILED = "SIM-FAILED";
    public static final String SIM_HOLD = "SIM-HOLD";
    public static final String SIM_SLOW = "SIM-SLOW";
    public static final String SIM_PICKUP = "SIM-PICKUP";

    /** The message of every job failed by {@link #SIM_WARNING} or {@link #SIM_FAILED}. */
    public static final String SIMULATED_FAILURE = "Simulated failure: press unavailable";

    public static final Duration SLOW_RESPONSE_DELAY = Duration.ofSeconds(3);

    public static final MagicCoupons NONE = new MagicCoupons(false, false, false, false, false);

    public static MagicCoupons in(String couponCode) {
        if (couponCode == null || couponCode.isBlank()) {
            return NONE;
        }
        Set<String> codes = Arrays.stream(couponCode.trim().split("[,\\s]+"))
                .map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return new MagicCoupons(codes.contains(SIM_WARNING), codes.contains(SIM_FAILED), codes.contains(SIM_HOLD),
                codes.contains(SIM_SLOW), codes.contains(SIM_PICKUP));
    }
}
