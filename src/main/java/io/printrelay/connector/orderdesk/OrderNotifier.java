package io.printrelay.connector.orderdesk;

import io.printrelay.api.ApiProperties;
import io.printrelay.fulfilment.VendorUnavailableException;
import io.printrelay.order.Order;
import io.printrelay.order.OrderStore;
import io.printrelay.tracking.ReturnOutcome;
import io.printrelay.tracking.ReturnRefusedException;
import io.printrelay.tracking.TrackingReturn;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The steps of routes/orderdesk-notify.camel.yaml, Order Desk's "send to URL": the shipped order's JSON is POSTed to
 * {@code printrelay.sources.api.notify-url} with {@code X-Order-Desk-Store-Id} and {@code X-Order-Desk-Hash} (hex
 * HMAC-SHA256 of the body keyed with the API key), so the system that created the order through the API learns its
 * tracking. As for podOS, a 4xx other than 408/429 is a refusal for good: posting the same order again would be
 * refused again.
 */
@Component("orderNotifier")
public class OrderNotifier {

    private final String notifyUrl;
    private final ApiProperties api;
    private final OrderStore store;

    public OrderNotifier(ApiSourceProperties settings, ApiProperties api, OrderStore store) {
        this.notifyUrl = settings.notifyUrl() == null ? "" : settings.notifyUrl().trim();
        this.api = api;
        this.store = store;
    }

    public boolean configured() {
        return !notifyUrl.isEmpty();
    }

    public ReturnOutcome notConfigured(TrackingReturn ret) {
        return ReturnOutcome.notNeeded("no printrelay.sources.api.notify-url for source " + ret.sourceName());
    }

    /** What is posted: {@code {"order": …}}, the order as the API shows it. */
    public Map<String, Order> notification(TrackingReturn ret) {
        return Map.of("order", store.requireOrder(ret.orderId(), false));
    }

    /** The notify URL without its query, which {@link #sign} hands to the http endpoint as {@code CamelHttpQuery}. */
    public String url() {
        int query = notifyUrl.indexOf('?');
        return query < 0 ? notifyUrl : notifyUrl.substring(0, query);
    }

    /** Signs the body about to be posted, as it will be sent. */
    public void sign(Exchange exchange) {
        Message message = exchange.getMessage();
        byte[] body = message.getBody(byte[].class);
        message.setBody(body);
        message.setHeader("X-Order-Desk-Store-Id", api.storeId());
        message.setHeader("X-Order-Desk-Hash", hash(body, api.apiKey()));
        String query = URI.create(notifyUrl).getRawQuery();
        if (query != null && !query.isEmpty()) {
            message.setHeader(Exchange.HTTP_QUERY, query);
        }
    }

    public ReturnOutcome readAnswer(int status, String body) {
        if (ReturnRefusedException.isFinal(status)) {
            throw new ReturnRefusedException(notifyUrl + " answered HTTP " + status + ": "
                    + ReturnRefusedException.abbreviate(body));
        }
        if (status < 200 || status >= 300) {
            throw new VendorUnavailableException("notify-url answered HTTP " + status);
        }
        return ReturnOutcome.sent("Shipment sent to " + notifyUrl);
    }

    static String hash(byte[] body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
