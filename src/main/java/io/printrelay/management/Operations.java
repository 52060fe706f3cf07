package io.printrelay.management;

import io.printrelay.fulfilment.FulfilmentProperties;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderPage;
import io.printrelay.order.OrderQuery;
import io.printrelay.order.OrderStore;
import io.printrelay.tracking.TrackingOutbox;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jmx.export.annotation.ManagedAttribute;
import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedOperationParameter;
import org.springframework.jmx.export.annotation.ManagedResource;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code io.printrelay:type=Operations}: what an operator does by hand over JMX (jconsole) or Jolokia, beside
 * Camel's own route MBeans. Its operations grow with the routes.
 */
@Component
@ManagedResource(objectName = "io.printrelay:type=Operations", description = "PrintRelay operations")
public class Operations {

    private static final Logger log = LoggerFactory.getLogger(Operations.class);
    static final String FULFILMENT = "direct:fulfilment-handoff";
    static final String ORDER_ID_HEADER = "PrintRelayOrderId";
    static final String CATALOG_SYNC_ROUTE = "fourover-catalog-on-demand";
    static final String CATALOG_SYNC = "seda:fourover-catalog-sync";
    static final String CATALOG_PROGRESS = "direct:fourover-catalog-progress";
    private static final Set<String> SCHEDULED = Set.of("quartz", "timer", "scheduler", "cron");
    private static final int PAGE = 500;

    private final CamelContext camel;
    private final OrderStore store;
    private final FolderStore folders;
    private final HistoryStore history;
    private final FulfilmentStore fulfilment;
    private final TrackingOutbox trackingOutbox;
    private final String fromFolder;

    public Operations(CamelContext camel, OrderStore store, FolderStore folders, HistoryStore history,
                      FulfilmentStore fulfilment, TrackingOutbox trackingOutbox, FulfilmentProperties settings) {
        this.camel = camel;
        this.store = store;
        this.folders = folders;
        this.history = history;
        this.fulfilment = fulfilment;
        this.trackingOutbox = trackingOutbox;
        this.fromFolder = settings.fromFolder();
    }

    /**
     * Sends every order in Errors through fulfilment again, once its problem was fixed: it moves back to the
     * from-folder (New) and is handed over (the hand-off waits for a free slot while fulfilment is busy); one the
     * hand-off cannot take (it stayed full, or fails) waits there for the sweep. Jobs with an unknown outcome stay
     * held (see {@link #forgetUnknownJobs(long)}).
     */
    @ManagedOperation(description = "Move every order in Errors back to the from-folder (New) and send it again")
    public String retryErrors() {
        Folder destination = folders.ensureFolder(fromFolder);
        int retried = 0;
        int leftForSweep = 0;
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            for (long orderId : ordersIn(folders.ensureFolder(Folder.ERRORS))) {
                store.moveToFolder(orderId, destination, "Operations", "retry requested");
                retried++;
                try {
                    producer.sendBodyAndHeader(FULFILMENT, orderId, ORDER_ID_HEADER, orderId);
                } catch (CamelExecutionException handOffFailed) {
                    leftForSweep++;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("retryErrors failed after " + retried + " orders: " + e.getMessage(), e);
        }
        log.info("retryErrors: {} orders sent again ({} left for the sweep)", retried, leftForSweep);
        return retried + " orders sent again" + (leftForSweep == 0 ? "" : " (" + leftForSweep + " of them wait in "
                + destination.name() + " for the next sweep)");
    }

    /**
     * Every order in the folder, page after page, all read before any is moved: moving them does not shift the
     * pages under the reader, and an order that fails again at once (back in Errors) is not retried twice.
     */
    private List<Long> ordersIn(Folder folder) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int offset = 0; ; offset += PAGE) {
            OrderPage page = store.findOrders(new OrderQuery(List.of(folder.id()), null, null, null, null, null,
                    null, null, null, "id", true, PAGE, offset, false));
            page.orders().stream().map(Order::getId).forEach(ids::add);
            if (page.orders().size() < PAGE) {
                return List.copyOf(ids);
            }
        }
    }

    /**
     * Starts a full sync of the 4over catalog through its route's endpoint (fourover-catalog-on-demand), without
     * waiting: {@link #getCatalogSyncProgress()} shows how it goes. The connector is named by endpoint only, so a
     * PrintRelay without it answers that it has none.
     */
    @ManagedOperation(description = "Sync the 4over catalog now (a full sync), in the background")
    public String syncCatalog() {
        if (camel.getRoute(CATALOG_SYNC_ROUTE) == null) {
            return "no 4over catalog route (" + CATALOG_SYNC_ROUTE + ") is installed";
        }
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            producer.sendBody(CATALOG_SYNC, "full");
        } catch (Exception e) {
            throw new IllegalStateException("syncCatalog failed: " + e.getMessage(), e);
        }
        log.info("syncCatalog: a full 4over catalog sync was started");
        return "4over catalog full sync started";
    }

    @ManagedAttribute(description = "The 4over catalog sync on this node: pages done of total, products, errors")
    public String getCatalogSyncProgress() {
        if (camel.getRoute("fourover-catalog-progress") == null) {
            return "no 4over catalog route is installed";
        }
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            return producer.requestBody(CATALOG_PROGRESS, null, String.class);
        } catch (Exception e) {
            return "unknown: " + e.getMessage();
        }
    }

    @ManagedAttribute(description = "Tracking returns their source refused for good (not tried again until"
            + " retryRefusedReturns)")
    public long getRefusedTrackingReturns() {
        return trackingOutbox.refusedCount();
    }

    /** Once the cause is fixed (an order put right at the source, a setting): the refused returns are sent again. */
    @ManagedOperation(description = "Send every tracking return its source refused again, at the next tracking poll")
    public String retryRefusedReturns() {
        int count = trackingOutbox.retryRefused();
        log.info("retryRefusedReturns: {} refused tracking return(s) queued again", count);
        return count + " refused tracking return(s) queued again";
    }

    /**
     * An operator checked the vendor: the order's jobs whose outcome was unknown are NOT there, so they may be
     * sent again by the next retry.
     */
    @ManagedOperation(description = "Declare an order's unknown-outcome jobs absent at the vendor, so they can be re-sent")
    @ManagedOperationParameter(name = "orderId", description = "PrintRelay order id")
    public String forgetUnknownJobs(long orderId) {
        int count = fulfilment.forgetUnknown(orderId);
        if (count > 0) {
            history.add(orderId, "Operations", count + " job(s) of unknown outcome declared absent at the vendor:"
                    + " they will be sent again on retry");
        }
        return count + " job(s) released";
    }

    /**
     * Runs a scheduled route once, now, on the caller's thread, instead of waiting for its next cron firing:
     * "check for new orders now", "poll statuses now".
     */
    @ManagedOperation(description = "Run a quartz-driven route (a poll) once, now")
    @ManagedOperationParameter(name = "routeId", description = "id of a route that starts from quartz:")
    public String pollNow(String routeId) {
        Route route = camel.getRoute(routeId);
        if (route == null) {
            throw new IllegalArgumentException("No route with id '" + routeId + "'");
        }
        String uri = route.getEndpoint().getEndpointUri();
        String scheme = uri.substring(0, uri.indexOf(':'));
        if (!SCHEDULED.contains(scheme)) {
            throw new IllegalArgumentException("Route '" + routeId + "' is not a scheduled poll (it starts from "
                    + scheme + ":)");
        }
        ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
        if (status != ServiceStatus.Started) {
            throw new IllegalStateException("Route '" + routeId + "' is " + status + ": start it first");
        }
        Consumer consumer = route.getConsumer();
        Exchange exchange = consumer.createExchange(false);
        try {
            consumer.getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = exchange.getException();
        consumer.releaseExchange(exchange, false);
        if (failure != null) {
            log.warn("pollNow({}) failed: {}", routeId, failure.getMessage());
            return "Route '" + routeId + "' ran and failed: " + failure.getMessage();
        }
        log.info("pollNow({}) ran the route once", routeId);
        return "Route '" + routeId + "' ran once";
    }
}
