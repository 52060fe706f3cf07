package io.printrelay.connector.orderdesk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.api.ApiProperties;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorUnavailableException;
import io.printrelay.order.Order;
import io.printrelay.order.OrderStore;
import io.printrelay.tracking.ReturnOutcome;
import io.printrelay.tracking.ReturnRefusedException;
import io.printrelay.tracking.TrackingReturn;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * Order Desk's "send to URL": the shipped order's JSON is POSTed to {@code printrelay.sources.api.notify-url}
 * with {@code X-Order-Desk-Store-Id} and {@code X-Order-Desk-Hash} (hex HMAC-SHA256 of the body keyed with the
 * API key), so the system that created the order through the API learns its tracking. As for podOS, a 4xx other
 * than 408/429 is a refusal for good: posting the same order again would be refused again.
 */
@Component("orderNotifier")
public class OrderNotifier {

    private final String notifyUrl;
    private final ApiProperties api;
    private final OrderStore store;
    private final VendorHttp http;
    private final ObjectMapper mapper;

    public OrderNotifier(ApiSourceProperties settings, ApiProperties api, OrderStore store, VendorHttp http,
                         ObjectMapper mapper) {
        this.notifyUrl = settings.notifyUrl();
        this.api = api;
        this.store = store;
        this.http = http;
        this.mapper = mapper;
    }

    public ReturnOutcome send(TrackingReturn ret) {
        if (notifyUrl == null || notifyUrl.isBlank()) {
            return ReturnOutcome.notNeeded("no printrelay.sources.api.notify-url for source " + ret.sourceName());
        }
        Order order = store.requireOrder(ret.orderId(), false);
        String body = json(Map.of("order", order));
        VendorHttp.Response response = http.send("notify-url", HttpRequest.newBuilder(URI.create(notifyUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Order-Desk-Store-Id", api.storeId())
                .header("X-Order-Desk-Hash", hash(body, api.apiKey()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (ReturnRefusedException.isFinal(response.status())) {
            throw new ReturnRefusedException(notifyUrl + " answered HTTP " + response.status() + ": "
                    + ReturnRefusedException.abbreviate(response.body()));
        }
        if (!response.isSuccess()) {
            throw new VendorUnavailableException("notify-url answered HTTP " + response.status());
        }
        return ReturnOutcome.sent("Shipment sent to " + notifyUrl);
    }

    static String hash(String body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order cannot be written as JSON", e);
        }
    }
}
