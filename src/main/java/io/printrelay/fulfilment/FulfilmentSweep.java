package io.printrelay.fulfilment;

import io.printrelay.order.FolderStore;
import io.printrelay.order.ImportResult;
import io.printrelay.order.OrderDates;
import io.printrelay.order.OrderStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The store is the queue: orders waiting in New are handed to fulfilment again by the {@code fulfilment-sweep}
 * route, so an order whose hand-over was lost (restart, outage that outlasted the retries) is never dropped. (The
 * route settles the jobs whose sender is gone first: {@link LostSenders}.)
 */
@Component("fulfilmentSweep")
public class FulfilmentSweep {

    private final OrderStore store;
    private final FolderStore folders;
    private final FulfilmentHandOff handOff;
    private final Clock clock;
    private final Duration settle;
    private final boolean autoSubmit;
    private final String fromFolder;

    public FulfilmentSweep(OrderStore store, FolderStore folders, FulfilmentHandOff handOff, Clock clock,
                           FulfilmentProperties settings) {
        this.store = store;
        this.folders = folders;
        this.handOff = handOff;
        this.clock = clock;
        this.settle = settings.settle();
        this.autoSubmit = settings.autoSubmit();
        this.fromFolder = settings.fromFolder();
    }

    /** A new order is handed to fulfilment when it landed in the folder orders are sent from. */
    public boolean waitsForFulfilment(ImportResult intake) {
        return autoSubmit && intake.created() && intake.order().getFolderId() == folders.ensureFolder(fromFolder).id();
    }

    /**
     * Ids of the orders waiting in the from-folder (New) untouched for a while (the intake hands fresh ones over
     * itself), all of them, less those this node has queued or is working already.
     */
    public List<Long> ordersWaiting() {
        if (!autoSubmit) {
            return List.of();
        }
        LocalDateTime now = OrderDates.now(clock);
        long waitingFolder = folders.ensureFolder(fromFolder).id();
        return store.idsInFolder(waitingFolder, now.minus(settle)).stream().filter(id -> !handOff.inHand(id)).toList();
    }
}
