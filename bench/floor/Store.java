import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plain JDBC on PrintRelay's own tables (created by its Flyway files), writing the rows PrintRelay writes, with the
 * same notes and states: an order with its items and "received" note; its 4over jobs PENDING, claimed SENDING
 * (committed before the request leaves), then SUBMITTED with the order moved to Submitted; a shipment with its
 * tracking return queued in one transaction; the return claimed, then SENT. A fixed pool of connections, as
 * PrintRelay's HikariCP (10 by default); every unit of work is one transaction. HSQLDB's default (2PL) locks whole
 * tables, so every transaction takes its tables in one order (orders, order_items, order_history, inventory_items,
 * vendor_jobs, order_shipments, tracking_returns): the order row first, as PrintRelay's moves do.
 */
final class Store {

    static final long NEW = 1;
    static final long SUBMITTED = 3;
    static final long SHIPPED = 4;
    static final long ERRORS = 7;

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final BlockingQueue<Connection> pool;

    Store(String url, String user, String password, int size) throws SQLException {
        pool = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            pool.add(c);
        }
    }

    /** PrintRelay's migrations in version order, unless its tables are there already. */
    void migrate(Path dir) throws SQLException, IOException {
        boolean ready = tx(c -> {
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM orders WHERE 1 = 0").close();
                return true;
            } catch (SQLException missing) {
                return false;
            }
        });
        if (ready) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        for (Path file : files) {
            String sql = Files.readAllLines(file).stream().map(line -> line.replaceAll("--.*$", ""))
                    .collect(Collectors.joining("\n"));
            tx(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : sql.split(";")) {
                        if (!statement.isBlank()) {
                            s.execute(statement);
                        }
                    }
                }
                return null;
            });
            Floor.log("schema: " + file.getFileName());
        }
    }

    /** The sandbox inventory's 4over products (SandboxInventory), where demo orders find their print details. */
    void seedInventory(List<List<String>> items) throws SQLException {
        tx(c -> {
            for (List<String> item : items) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO inventory_items (code, name, metadata_json,"
                        + " date_added, date_updated) SELECT ?, ?, ?, ?, ? FROM folders WHERE id = 1 AND NOT EXISTS"
                        + " (SELECT 1 FROM inventory_items WHERE code = ?)")) {
                    bind(s, item.get(0), item.get(1), item.get(2), now(), now(), item.get(0)).executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * A page of podOS orders in one transaction, as one plain program would store what it got in one answer: the
     * orders not imported before (one query for the page: the source's unique key), each with its items and its
     * "received" note; then the plan, with the page's inventory items read once: each order's 4over jobs (PENDING),
     * or, for an order with problems, Errors and a note saying what to fix. Returns the orders now stored.
     */
    List<Podos.Order> importPage(List<Podos.Order> page) throws SQLException {
        return tx(c -> {
            LocalDateTime now = now();
            Set<String> known = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT source_id FROM orders WHERE source_name = 'podOS'"
                    + " AND source_id IN (" + marks(page.size()) + ")")) {
                try (ResultSet rs = bind(s, page.stream().map(o -> o.podosId).toArray()).executeQuery()) {
                    while (rs.next()) {
                        known.add(rs.getString(1));
                    }
                }
            }
            List<Podos.Order> fresh = page.stream().filter(o -> !known.contains(o.podosId)).toList();
            known.forEach(id -> Floor.log("podOS order " + id + " was imported before"));
            if (fresh.isEmpty()) {
                return fresh;
            }
            Map<String, Map<String, Object>> inventory = inventory(c, fresh);
            try (PreparedStatement orders = c.prepareStatement("INSERT INTO orders (order_number, source_name,"
                    + " source_id, email, shipping_method, quantity_total, product_total, shipping_total, tax_total,"
                    + " order_total, folder_id, shipping_json, customer_json, checkout_data_json, order_metadata_json,"
                    + " date_added, date_updated, discount_list_json, order_notes_json)"
                    + " VALUES (?, 'podOS', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, '[]', '[]')",
                    new String[]{"id"});
                 PreparedStatement items = c.prepareStatement("INSERT INTO order_items (order_id, position, code, name,"
                         + " price, quantity, variation_list_json, metadata_json) VALUES (?, ?, ?, ?, ?, ?, '{}', ?)",
                         new String[]{"id"})) {
                for (Podos.Order order : fresh) {
                    String address = Json.write(order.address);
                    bind(orders, order.ref, order.podosId, order.email, order.shippingMethod, order.units(),
                            order.subtotal, order.shippingTotal, order.taxTotal, order.total, NEW, address, address,
                            Json.write(Map.of("podos_status", order.status)),
                            order.createdAt == null ? now : order.createdAt, now).executeUpdate();
                    order.id = key(orders);
                    int position = 0;
                    for (Podos.Item item : order.items) {
                        bind(items, order.id, position++, item.code, item.name, item.price, item.quantity,
                                Json.write(item.metadata)).executeUpdate();
                        item.id = key(items);
                    }
                }
            }
            try (PreparedStatement notes = c.prepareStatement("INSERT INTO order_history (order_id, source_name, note,"
                    + " date_added) VALUES (?, ?, ?, ?)");
                 PreparedStatement jobs = c.prepareStatement("INSERT INTO vendor_jobs (order_id, item_id, vendor, unit,"
                         + " job_name, state, created_at, updated_at) VALUES (?, ?, 'fourover', ?, ?, 'PENDING', ?, ?)")) {
                for (Podos.Order order : fresh) {
                    order.problems.addAll(invalid(order));
                    if (!order.problems.isEmpty()) {
                        // OrderIntake: kept, but in Errors, with what to fix
                        move(c, order.id, NEW, ERRORS);
                        bind(notes, order.id, "podOS", "Order received from podOS with problems: "
                                + String.join("; ", order.problems), now).addBatch();
                        continue;
                    }
                    bind(notes, order.id, "podOS", "Order received from podOS into New", now).addBatch();
                    order.problems.addAll(FourOver.map(order, inventory));
                    if (!order.problems.isEmpty()) {
                        // VendorRouter.plan refused it: nothing is sent, the order goes to Errors with the note
                        move(c, order.id, NEW, ERRORS);
                        bind(notes, order.id, "PrintRelay", "Moved from New to Errors: "
                                + String.join("; ", order.problems), now).addBatch();
                        continue;
                    }
                    for (Podos.Item item : order.items) {
                        for (int unit = 1; unit <= item.quantity; unit++) {
                            FourOver.Job job = new FourOver.Job(order, item, unit);
                            bind(jobs, order.id, item.id, unit, job.name, now, now).addBatch();
                            order.jobs.add(job);
                        }
                    }
                }
                notes.executeBatch();
                jobs.executeBatch();
            }
            return fresh;
        });
    }

    /** Fulfilment.claim: the order's sendable jobs become SENDING for this sender alone, committed before sending. */
    boolean claim(Podos.Order order) throws SQLException {
        return tx(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE vendor_jobs SET state = 'SENDING', claim = ?,"
                    + " updated_at = ? WHERE order_id = ? AND vendor = 'fourover' AND state IN ('PENDING', 'FAILED')")) {
                return bind(s, UUID.randomUUID().toString(), now(), order.id).executeUpdate() == order.jobs.size();
            }
        });
    }

    /** Fulfilment.record + FulfilmentProgress.afterSubmission: jobs SUBMITTED, a note, the order to Submitted. */
    void submitted(Podos.Order order, List<FourOver.Job> jobs, String orderStatus) throws SQLException {
        tx(c -> {
            boolean moved = move(c, order.id, NEW, SUBMITTED);
            note(c, order.id, "4over", "Submitted to 4over as " + FourOver.customerOrderId(order.id) + " ("
                    + orderStatus + "): " + jobs.stream().map(j -> j.name + " → " + j.vendorJobId)
                    .collect(Collectors.joining(", ")));
            if (moved) {
                note(c, order.id, "4over", "Moved from New to Submitted: every item is at its vendor");
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE vendor_jobs SET state = 'SUBMITTED', vendor_job_id = ?,"
                    + " message = NULL, updated_at = ? WHERE vendor = 'fourover' AND job_name = ?")) {
                for (FourOver.Job job : jobs) {
                    bind(s, job.vendorJobId, now(), job.name).addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /**
     * Fulfilment.record when not every job was accepted, then OrderErrors.moveToErrors: accepted jobs keep their
     * 4over id (SUBMITTED), the others take {@code jobState} (FAILED: refused; UNKNOWN: 4over may have them).
     */
    void problem(Podos.Order order, List<FourOver.Job> jobs, String jobState, String source, String note)
            throws SQLException {
        tx(c -> {
            if (move(c, order.id, NEW, ERRORS)) {
                note(c, order.id, source, "Moved from New to Errors: " + note);
            }
            String message = note.length() > 4000 ? note.substring(0, 4000) : note;
            for (FourOver.Job job : jobs) {
                try (PreparedStatement s = c.prepareStatement("UPDATE vendor_jobs SET state = ?, vendor_job_id = ?,"
                        + " message = ?, updated_at = ? WHERE vendor = 'fourover' AND job_name = ?")) {
                    boolean accepted = job.vendorJobId != null;
                    bind(s, accepted ? "SUBMITTED" : jobState, job.vendorJobId, accepted ? null : message, now(),
                            job.name).executeUpdate();
                }
            }
            return null;
        });
    }

    /** FulfilmentStore.updateVendorStatus: the latest status name, written when it changed. */
    void vendorStatus(FourOver.Job job, String status) throws SQLException {
        tx(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE vendor_jobs SET vendor_status = ?, updated_at = ?"
                    + " WHERE vendor = 'fourover' AND job_name = ?")) {
                return bind(s, status, now(), job.name).executeUpdate();
            }
        });
    }

    /**
     * FulfilmentProgress.shipped: the shipment and its tracking return (one transaction, as ShipmentStore.add), the
     * job SHIPPED, its note, and the order to Shipped once nothing is left to ship (else "Partially shipped").
     */
    void shipped(FourOver.Job job, String status, int stillOpen, int jobCount) throws SQLException {
        tx(c -> {
            LocalDateTime now = now();
            boolean moved = false;
            if (stillOpen == 0) {
                moved = move(c, job.order.id, SUBMITTED, SHIPPED);
            } else {
                touch(c, job.order.id);
            }
            note(c, job.order.id, "4over", "4over job " + job.vendorJobId + " (" + job.name + ") " + status
                    + ", tracking " + job.tracking);
            if (moved) {
                note(c, job.order.id, "4over", "Moved from Submitted to Shipped: all " + jobCount + " jobs shipped");
            } else if (stillOpen > 0) {
                note(c, job.order.id, "4over", "Partially shipped: " + (jobCount - stillOpen) + " of " + jobCount
                        + " jobs shipped (latest " + job.name + ")");
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE vendor_jobs SET state = 'SHIPPED', tracking_number = ?,"
                    + " updated_at = ? WHERE vendor = 'fourover' AND job_name = ? AND state <> 'SHIPPED'")) {
                bind(s, job.tracking, now, job.name).executeUpdate();
            }
            long shipmentId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO order_shipments (order_id, date_added,"
                    + " tracking_number, carrier_code, shipment_method, tracking_url, date_shipped)"
                    + " VALUES (?, ?, ?, ?, 'UPS Ground', ?, ?)", new String[]{"id"})) {
                bind(s, job.order.id, now, job.tracking, FourOver.carrierOf(job.tracking),
                        FourOver.trackingUrl(job.tracking), now.toLocalDate().toString()).executeUpdate();
                shipmentId = key(s);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_returns (order_id, shipment_id,"
                    + " source_name, state, attempts, next_attempt_at, created_at, updated_at)"
                    + " VALUES (?, ?, 'podOS', 'PENDING', 0, ?, ?, ?)", new String[]{"id"})) {
                bind(s, job.order.id, shipmentId, now, now, now).executeUpdate();
                job.returnId = key(s);
            }
            return null;
        });
    }

    /** TrackingOutbox.due, for one return: PENDING to SENDING for this sender alone. */
    boolean claimReturn(FourOver.Job job) throws SQLException {
        return tx(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE tracking_returns SET state = 'SENDING', claim = ?,"
                    + " updated_at = ? WHERE id = ? AND state = 'PENDING'")) {
                return bind(s, UUID.randomUUID().toString(), now(), job.returnId).executeUpdate() == 1;
            }
        });
    }

    /** TrackingOutbox.settle: SENT for good, noted on the order. */
    void returned(FourOver.Job job) throws SQLException {
        tx(c -> {
            touch(c, job.order.id);
            note(c, job.order.id, "PrintRelay", "Tracking " + job.tracking + " sent to podOS order "
                    + job.order.podosId + " (fulfilment recorded, order complete there)");
            try (PreparedStatement s = c.prepareStatement("UPDATE tracking_returns SET state = 'SENT', last_error = NULL,"
                    + " attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
                bind(s, now(), job.returnId).executeUpdate();
            }
            return null;
        });
    }

    /** TrackingOutbox.failed: PENDING again, with the attempt counted and the next try put off. */
    void returnFailed(FourOver.Job job, String error, LocalDateTime next) throws SQLException {
        tx(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE tracking_returns SET state = 'PENDING', claim = NULL,"
                    + " attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?")) {
                return bind(s, job.returnAttempts, next, error.length() > 4000 ? error.substring(0, 4000) : error,
                        now(), job.returnId).executeUpdate();
            }
        });
    }

    void close() {
        pool.forEach(c -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // exiting anyway
            }
        });
    }

    /** OrderStore.moveToFolder: only from the expected folder (else just the order's date moves, as a note's). */
    private static boolean move(Connection c, long orderId, long from, long to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE orders SET folder_id = ?, date_updated = ?"
                + " WHERE id = ? AND folder_id = ?")) {
            if (bind(s, to, now(), orderId, from).executeUpdate() == 1) {
                return true;
            }
        }
        touch(c, orderId);
        return false;
    }

    private static void note(Connection c, long orderId, String source, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO order_history (order_id, source_name, note,"
                + " date_added) VALUES (?, ?, ?, ?)")) {
            bind(s, orderId, source, note, now()).executeUpdate();
        }
    }

    /** A note changes its order's date_updated (HistoryStore.add). */
    private static void touch(Connection c, long orderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE orders SET date_updated = ? WHERE id = ?")) {
            bind(s, now(), orderId).executeUpdate();
        }
    }

    /** The page's inventory items, by code, their metadata: where the 4over details come from. */
    private static Map<String, Map<String, Object>> inventory(Connection c, List<Podos.Order> orders)
            throws SQLException {
        Object[] codes = orders.stream().flatMap(o -> o.items.stream()).map(i -> i.code).distinct().toArray();
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, metadata_json FROM inventory_items"
                + " WHERE code IN (" + marks(codes.length) + ")")) {
            try (ResultSet rs = bind(s, codes).executeQuery()) {
                while (rs.next()) {
                    byCode.put(rs.getString(1), Json.object(Json.parse(rs.getString(2))));
                }
            }
        }
        return byCode;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(Math.max(count, 1), "?"));
    }

    private <T> T tx(Work<T> work) throws SQLException {
        Connection c;
        try {
            c = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted waiting for a connection", e);
        }
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            pool.add(c);
        }
    }

    private static PreparedStatement bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        return s;
    }

    private static long key(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** OrderDates.now: UTC, to the second. */
    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static int version(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }

    /** What OrderValidator would refuse in a podOS order (the checks a podOS order can fail). */
    private static List<String> invalid(Podos.Order order) {
        List<String> problems = new ArrayList<>();
        if (order.items.isEmpty()) {
            problems.add("order_items: at least one item is required");
        }
        for (int i = 0; i < order.items.size(); i++) {
            Podos.Item item = order.items.get(i);
            if (item.name == null || item.name.isBlank()) {
                problems.add("order_items[" + i + "].name: is required");
            }
            if (item.quantity == null || item.quantity < 1) {
                problems.add("order_items[" + i + "].quantity: must be a whole number of at least 1");
            }
        }
        if (Stream.of("first_name", "last_name", "company").allMatch(f -> order.address.get(f).toString().isBlank())) {
            problems.add("shipping: a first_name, last_name or company is required on shipping or customer");
        }
        return problems;
    }
}
