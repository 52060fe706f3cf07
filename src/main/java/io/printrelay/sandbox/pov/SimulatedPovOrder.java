package io.printrelay.sandbox.pov;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

/**
 * An order the simulated POV accepted, as it keeps it: its status is not stored but follows from
 * {@code createdAt} ({@link PovStatusProgression}), so that nothing has to run in the background.
 *
 * @param endsCanceled ordered with {@link PovMagicValues#CANCEL_SKU}: canceled in production instead of shipped
 * @param canceledAt   when POV canceled it on its side ({@link PovSimulator#cancel}), or null
 * @param items        its lines, as accepted
 */
record SimulatedPovOrder(String orderId, String customerId, String reference, String orderMode, String mailClass,
                         Instant createdAt, boolean endsCanceled, Instant canceledAt, List<PovOrderLine> items) {

    SimulatedPovOrder {
        items = List.copyOf(items);
    }

    boolean canceledByPov() {
        return canceledAt != null;
    }

    SimulatedPovOrder createdAt(Instant when) {
        return new SimulatedPovOrder(orderId, customerId, reference, orderMode, mailClass, when, endsCanceled,
                canceledAt, items);
    }

    SimulatedPovOrder canceledAt(Instant when) {
        return new SimulatedPovOrder(orderId, customerId, reference, orderMode, mailClass, createdAt, endsCanceled,
                when, items);
    }

    /** USPS-looking ({@code 9400} and 18 digits) and the same for the same order id on every run. */
    String trackingNumber() {
        return trackingNumberOf(orderId);
    }

    static String trackingNumberOf(String orderId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(orderId.getBytes(StandardCharsets.UTF_8));
            long digits = new BigInteger(1, digest).mod(BigInteger.TEN.pow(18)).longValueExact();
            return String.format("9400%018d", digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
