package io.printrelay.fulfilment;

import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.MoveResult;
import io.printrelay.order.OrderStore;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Where the error policy sends a permanent problem: the order is kept, moved to Errors, with a readable note. */
@Component("orderErrors")
public class OrderErrors {

    private static final Logger log = LoggerFactory.getLogger(OrderErrors.class);

    private final OrderStore store;
    private final FolderStore folders;
    private final HistoryStore history;

    public OrderErrors(OrderStore store, FolderStore folders, HistoryStore history) {
        this.store = store;
        this.folders = folders;
        this.history = history;
    }

    public void moveToErrors(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) OrderProblemException problem) {
        moveToErrors(problem.orderId(), problem.source(), problem.getMessage());
    }

    /**
     * A part of an order was handed to a route that does not exist (toD {@code seda:<vendor>-submit} or
     * {@code direct:<vendor>-cancel}): a vendor connector is there without its route file.
     */
    public void noRouteFor(@Header("PrintRelayOrderId") Long orderId,
                           @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception missing) {
        String message = missing.getMessage() == null ? "" : missing.getMessage();
        String endpoint = (message.contains("endpoint: ") ? message.substring(message.indexOf("endpoint: ") + 10)
                .split("[ .?]", 2)[0] : message).replace("direct://", "direct:").replace("seda://", "seda:");
        String note = "No route takes " + endpoint + ": add the vendor's route file to routes/ (a route from "
                + endpoint + ")";
        if (orderId == null) {
            log.error("{} (no order to note it on)", note);
            return;
        }
        moveToErrors(orderId, "PrintRelay", note);
    }

    public void moveToErrors(long orderId, String source, String note) {
        Folder errors = folders.ensureFolder(Folder.ERRORS);
        MoveResult moved = store.moveToFolder(orderId, errors, source, note);
        if (moved.originalFolderId() == null) {
            log.warn("Order {} is gone (deleted?), so it cannot go to Errors: {}", orderId, note);
            return;
        }
        if (!moved.moved()) {
            history.add(orderId, source, note);
        }
        log.warn("Order {} is in Errors: {}", orderId, note);
    }
}
