package io.printrelay.fulfilment;

import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.MoveResult;
import io.printrelay.order.OrderStore;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
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
