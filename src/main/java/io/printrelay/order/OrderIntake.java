package io.printrelay.order;

import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The how of the {@code order-intake} route: every new order, whatever its source, is checked, kept and placed
 * in its folder. An order with problems is still kept (nothing is lost) but lands in Errors with a note that
 * says what to fix.
 */
@Component("orderIntake")
public class OrderIntake {

    /** Header a source route sets to name the folder its new orders go to (its {@code folder} setting). */
    public static final String FOLDER_HEADER = "PrintRelayFolder";

    private static final Logger log = LoggerFactory.getLogger(OrderIntake.class);

    private final OrderStore store;
    private final FolderStore folders;
    private final OrderValidator validator;
    private final SourceKeys sourceKeys;

    public OrderIntake(OrderStore store, FolderStore folders, OrderValidator validator, SourceKeys sourceKeys) {
        this.store = store;
        this.folders = folders;
        this.validator = validator;
        this.sourceKeys = sourceKeys;
    }

    public ImportResult store(Order order, @Header(FOLDER_HEADER) String folderName) {
        validator.completeAddresses(order);
        String source = order.getSourceName() == null || order.getSourceName().isBlank()
                ? OrderStore.DEFAULT_SOURCE : order.getSourceName();
        order.setSourceName(source);
        List<String> problems = validator.problems(order);
        Folder folder = problems.isEmpty() ? destination(order, folderName) : folders.ensureFolder(Folder.ERRORS);
        String note = problems.isEmpty()
                ? "Order received from " + source + " into " + folder.name()
                : "Order received from " + source + " with problems: " + String.join("; ", problems);
        if (!problems.isEmpty()) {
            validator.cutToFit(order);
        }
        ImportResult result = store.importOrder(order, folder.id(), order.getSourceName(),
                validator.fitHistoryNote(note));
        if (!result.created()) {
            log.debug("Order {} from {} was imported before as {}", order.getSourceId(), source,
                    result.order().getId());
        } else if (!problems.isEmpty()) {
            log.warn("Order {} from {} kept in Errors: {}", result.order().getId(), source, note);
        }
        return result;
    }

    /**
     * The orders of a source's read that are not stored yet, in their order: a poll that lists orders it imported
     * before (a source keeps an order listed until it ships) costs one query for the lot, not an intake each. What
     * is left out was imported already, so the intake would have kept the stored order as it is anyway.
     */
    public List<Order> notStoredYet(List<Order> orders) {
        Map<String, List<Order>> bySource = orders.stream()
                .collect(Collectors.groupingBy(OrderIntake::sourceOf, LinkedHashMap::new, Collectors.toList()));
        Set<Order> storedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
        bySource.forEach((source, group) -> {
            Set<String> stored = sourceKeys.storedSourceIds(source, group.stream().map(Order::getSourceId).toList());
            group.stream().filter(order -> stored.contains(order.getSourceId())).forEach(storedBefore::add);
        });
        if (!storedBefore.isEmpty()) {
            log.debug("{} of {} order(s) read were stored before", storedBefore.size(), orders.size());
        }
        return orders.stream().filter(order -> !storedBefore.contains(order)).toList();
    }

    private static String sourceOf(Order order) {
        return order.getSourceName() == null || order.getSourceName().isBlank() ? OrderStore.DEFAULT_SOURCE
                : order.getSourceName();
    }

    private Folder destination(Order order, String folderName) {
        if (order.getFolderId() != null) {
            return folders.byId(order.getFolderId())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "folder_id: no folder with id " + order.getFolderId()));
        }
        return folders.ensureFolder(folderName == null || folderName.isBlank() ? Folder.NEW : folderName);
    }
}
