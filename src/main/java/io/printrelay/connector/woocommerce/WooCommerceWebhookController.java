package io.printrelay.connector.woocommerce;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /webhooks/woocommerce}: HTTP glue only. The raw bytes (the signature is over them) and the
 * {@code X-WC-Webhook-*} headers go to the route {@code direct:woocommerce-webhook}, which verifies, reads and
 * takes the order in; its answer is sent back. Anything the route did not answer (the store failed) is a 500, which
 * WooCommerce delivers again.
 */
@RestController
public class WooCommerceWebhookController {

    static final String[] HEADERS = {"X-WC-Webhook-Signature", "X-WC-Webhook-Topic", "X-WC-Webhook-Resource",
            "X-WC-Webhook-Event", "X-WC-Webhook-ID", "X-WC-Webhook-Delivery-ID", "X-WC-Webhook-Source"};

    private final ProducerTemplate camel;

    public WooCommerceWebhookController(ProducerTemplate camel) {
        this.camel = camel;
    }

    @PostMapping("/webhooks/woocommerce")
    public ResponseEntity<Map<String, Object>> receive(@RequestBody(required = false) byte[] body,
                                                       @RequestHeader Map<String, String> headers) {
        Map<String, String> lowerCase = new HashMap<>();
        headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(java.util.Locale.ROOT), value));
        Exchange done = camel.request("direct:woocommerce-webhook", exchange -> {
            exchange.getMessage().setBody(body == null ? new byte[0] : body);
            for (String name : HEADERS) {
                String value = lowerCase.get(name.toLowerCase(java.util.Locale.ROOT));
                if (value != null) {
                    exchange.getMessage().setHeader(name, value);
                }
            }
        });
        Object answer = done.getMessage().getBody();
        if (done.getException() != null || !(answer instanceof WooCommerceWebhookAnswer verdict)) {
            return ResponseEntity.status(500).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", "error", "message", "the order could not be taken in; deliver it again"));
        }
        return ResponseEntity.status(verdict.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", verdict.status() < 300 ? "success" : "error", "message", verdict.message()));
    }
}
