import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The API client's end of Order Desk's "send to URL" ({@code printrelay.sources.api.notify-url}): takes each
 * {@code {"order": …}} PrintRelay posts when an order ships and keeps when each order was first heard of.
 */
final class NotifyReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<Long, Long> heardAt = new ConcurrentHashMap<>();

    NotifyReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "notify");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/notify", exchange -> {
            long at = System.currentTimeMillis();
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                heardAt.putIfAbsent(Json.longAt(Json.parse(body), "order.id"), at);
                exchange.sendResponseHeaders(200, -1);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    int count() {
        return heardAt.size();
    }

    /** PrintRelay's order id → when its shipment was first posted here (epoch ms). */
    Map<Long, Long> heardAt() {
        return heardAt;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
