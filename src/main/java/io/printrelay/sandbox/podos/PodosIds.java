package io.printrelay.sandbox.podos;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ids and refs for what the simulated podOS creates. Ids are random: the simulator forgets everything at a
 * restart but PrintRelay does not, and a {@code po_1} of the next run must not look like an order already
 * imported. Refs ({@code TM-1xxxx}) are for people and may repeat across runs, as on a real shop.
 */
final class PodosIds {

    private static final int FIRST_REF = 10_000;
    private static final int REF_COUNT = 10_000;

    private final AtomicInteger refs = new AtomicInteger(ThreadLocalRandom.current().nextInt(REF_COUNT - 1_000));

    String order() {
        return "po_" + random();
    }

    String item() {
        return "pi_" + random();
    }

    String fulfilment() {
        return "pf_" + random();
    }

    /** {@code TM-10000} … {@code TM-19999}, then round again. */
    String nextRef() {
        return "TM-" + (FIRST_REF + Math.floorMod(refs.getAndIncrement(), REF_COUNT));
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
