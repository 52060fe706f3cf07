package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * A job the simulated 4over accepted: its 4over id, the ids the customer gave it, when it was created (its
 * status follows from that), the magic coupons of its order and the job's part of the request exactly as sent.
 *
 * @param canceledAt when {@code DELETE /orders/{job_id}} canceled it, or null
 */
public record SimulatedJob(String jobId, String customerOrderId, String customerJobId, Instant createdAt,
                           MagicCoupons coupons, JsonNode request, Instant canceledAt) {

    public SimulatedJob {
        request = request.deepCopy();
    }

    /** A copy: the stored request stays as it was received. */
    @Override
    public JsonNode request() {
        return request.deepCopy();
    }

    public boolean canceled() {
        return canceledAt != null;
    }

    SimulatedJob createdAt(Instant when) {
        return new SimulatedJob(jobId, customerOrderId, customerJobId, when, coupons, request, canceledAt);
    }

    SimulatedJob canceledAt(Instant when) {
        return new SimulatedJob(jobId, customerOrderId, customerJobId, createdAt, coupons, request, when);
    }

    /** UPS-looking and the same for the same job id on every run, so tests can expect it. */
    public String trackingNumber() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(jobId.getBytes(StandardCharsets.UTF_8));
            long digits = new BigInteger(1, digest).mod(BigInteger.TEN.pow(12)).longValueExact();
            return String.format("1Z4OVR%012d", digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
