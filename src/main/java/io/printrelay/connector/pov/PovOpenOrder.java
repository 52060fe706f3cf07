package io.printrelay.connector.pov;

import io.printrelay.fulfilment.VendorJob;

import java.util.List;

/** A POV order the status poll asks about, with the lines of the PrintRelay order it holds. */
public record PovOpenOrder(String povOrderId, List<VendorJob> lines) {

    /** The exchange property the status poll keeps it in while it asks POV. */
    public static final String PROPERTY = "povOrder";

    public PovOpenOrder {
        lines = List.copyOf(lines);
    }
}
