package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * What the simulated 4over remembers, in memory and safe for concurrent requests: every order body it received
 * (accepted or not), every job it accepted, and the order numbers it handed out so none is given twice.
 */
final class SimulatedJobStore {

    private final List<JsonNode> ordersReceived = new CopyOnWriteArrayList<>();
    private final Map<String, SimulatedJob> jobs = new ConcurrentHashMap<>();
    private final Set<String> orderNumbers = ConcurrentHashMap.newKeySet();

    void recordReceived(JsonNode body) {
        ordersReceived.add(body.deepCopy());
    }

    List<JsonNode> ordersReceived() {
        return ordersReceived.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    /** A 4over-looking order number, {@code Z} and 11 digits, random so that runs do not collide, never reused. */
    String newOrderNumber() {
        while (true) {
            String number = String.format("Z%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
            if (orderNumbers.add(number)) {
                return number;
            }
        }
    }

    void add(SimulatedJob job) {
        jobs.put(job.jobId(), job);
    }

    /** Every job, as a live view (weakly consistent while orders come in). */
    Collection<SimulatedJob> jobs() {
        return jobs.values();
    }

    Optional<SimulatedJob> job(String jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    /**
     * Replaces the job atomically with what {@code change} makes of it; an exception from {@code change} leaves
     * the job as it was. Empty when there is no such job.
     */
    Optional<SimulatedJob> update(String jobId, UnaryOperator<SimulatedJob> change) {
        return Optional.ofNullable(jobs.computeIfPresent(jobId, (id, job) -> change.apply(job)));
    }

    void clear() {
        ordersReceived.clear();
        jobs.clear();
        orderNumbers.clear();
    }
}
