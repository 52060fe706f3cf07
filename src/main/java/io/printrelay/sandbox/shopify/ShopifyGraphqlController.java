package io.printrelay.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated GraphQL Admin API, {@code POST /sandbox/shopify/admin/api/{version}/graphql.json}. Not a GraphQL
 * engine: an operation is recognised by its root field ({@code fulfillmentCreate(}, {@code orders(},
 * {@code order(}) and read from its {@code variables}; the answer has every field PrintRelay asks for. The access
 * token is checked first (401 as Shopify words it); every query is paid from the cost bucket, and one the bucket
 * cannot pay is answered 200 with a THROTTLED error, as Shopify does; every answer carries {@code extensions.cost}.
 */
@RestController
class ShopifyGraphqlController {

    static final String INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)";
    private static final int ORDER_COST = 10;
    private static final int MUTATION_COST = 10;

    private final ShopifySimulator shop;
    private final ShopifySimJson json;
    private final ObjectMapper mapper;
    private final byte[] accessToken;

    ShopifyGraphqlController(ShopifySimulator shop, ShopifySimulatorProperties properties, ObjectMapper mapper) {
        this.shop = shop;
        this.json = new ShopifySimJson(mapper);
        this.mapper = mapper;
        this.accessToken = properties.accessToken().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = ShopifySimulatorConfiguration.BASE_PATH + "/admin/api/{version}/graphql.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> graphql(@PathVariable String version,
                                   @RequestHeader(name = "X-Shopify-Access-Token", required = false) String token,
                                   @RequestBody(required = false) byte[] body) {
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), accessToken)) {
            return ResponseEntity.status(401).body(Map.of("errors", INVALID_TOKEN));
        }
        int failure = shop.takeFailure();
        if (failure != 0) {
            return ResponseEntity.status(failure).body(Map.of("errors", "Simulated failure (HTTP " + failure + ")"));
        }
        JsonNode request;
        try {
            request = mapper.readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.path("query").isTextual()) {
            return ResponseEntity.badRequest().body(Map.of("errors", Map.of("query", "Required parameter missing or"
                    + " invalid")));
        }
        String query = request.path("query").asText();
        JsonNode variables = request.path("variables");
        if (query.contains("fulfillmentCreate(")) {
            return fulfillmentCreate(variables);
        }
        if (query.contains("orders(")) {
            int first = Math.max(1, Math.min(250, variables.path("first").asInt(50)));
            return answer(2 + 2 * first, data -> orders(data, first, variables));
        }
        if (query.contains("order(")) {
            return answer(ORDER_COST, data -> order(data, variables.path("id").asText("")));
        }
        ShopifyCostBucket.Charge charge = shop.charge(1);
        ObjectNode unknown = mapper.createObjectNode();
        unknown.putArray("errors").addObject().put("message", "The PrintRelay simulator does not answer this"
                + " operation");
        unknown.putObject("extensions").set("cost", cost(charge, charge.allowed() ? 1 : null));
        return ResponseEntity.ok(unknown);
    }

    private void orders(ObjectNode data, int first, JsonNode variables) {
        String cursor = variables.path("cursor").isTextual() ? variables.path("cursor").asText() : null;
        ShopifySimulator.Page page = shop.page(first, cursor, variables.path("query").asText(""));
        ObjectNode orders = data.putObject("orders");
        orders.putObject("pageInfo").put("hasNextPage", page.hasNextPage()).put("endCursor", page.endCursor());
        ArrayNode nodes = orders.putArray("nodes");
        if (shop.takeMalformed()) {
            nodes.addObject().put("name", "#BROKEN").put("email", "no.id@printrelay.example");
        }
        page.orders().forEach(order -> nodes.add(json.graphqlOrder(order, false)));
    }

    private void order(ObjectNode data, String gid) {
        long id = numericTail(gid, "gid://shopify/Order/");
        shop.order(id).ifPresentOrElse(order -> data.set("order", json.graphqlOrder(order, true)),
                () -> data.putNull("order"));
    }

    private ResponseEntity<Object> fulfillmentCreate(JsonNode variables) {
        ShopifyCostBucket.Charge charge = shop.charge(MUTATION_COST);
        if (!charge.allowed()) {
            return ResponseEntity.ok(throttled(charge));
        }
        JsonNode input = variables.path("fulfillment");
        JsonNode tracking = input.path("trackingInfo");
        ShopifySimulator.Fulfilled done = null;
        for (JsonNode byOrder : input.path("lineItemsByFulfillmentOrder")) {
            Map<Long, Integer> quantities = new LinkedHashMap<>();
            for (JsonNode line : byOrder.path("fulfillmentOrderLineItems")) {
                quantities.merge(numericTail(line.path("id").asText(""), "gid://shopify/FulfillmentOrderLineItem/")
                        - ShopifySimOrder.FULFILLMENT_LINE_OFFSET, line.path("quantity").asInt(0), Integer::sum);
            }
            done = shop.fulfil(numericTail(byOrder.path("fulfillmentOrderId").asText(""),
                            "gid://shopify/FulfillmentOrder/"), quantities, tracking.path("number").asText(null),
                    tracking.path("url").asText(null), tracking.path("company").asText(null),
                    input.path("notifyCustomer").asBoolean(false));
            if (done.userError() != null) {
                break;
            }
        }
        if (shop.takeLostAnswer()) {
            return ResponseEntity.status(504).contentType(MediaType.TEXT_PLAIN).body("Gateway Timeout");
        }
        ObjectNode answer = mapper.createObjectNode();
        ObjectNode result = answer.putObject("data").putObject("fulfillmentCreate");
        ArrayNode userErrors = result.putArray("userErrors");
        if (done == null || done.userError() != null) {
            result.putNull("fulfillment");
            userErrors.addObject().put("message", done == null ? "lineItemsByFulfillmentOrder must not be empty"
                    : done.userError()).putArray("field").add("fulfillment");
        } else {
            ObjectNode fulfillment = result.putObject("fulfillment");
            fulfillment.put("id", "gid://shopify/Fulfillment/" + done.fulfillment().id()).put("status", "SUCCESS");
            fulfillment.putArray("trackingInfo").addObject().put("number", done.fulfillment().trackingNumber())
                    .put("url", done.fulfillment().trackingUrl()).put("company", done.fulfillment().trackingCompany());
        }
        answer.putObject("extensions").set("cost", cost(charge, MUTATION_COST));
        return ResponseEntity.ok(answer);
    }

    private ResponseEntity<Object> answer(int cost, java.util.function.Consumer<ObjectNode> query) {
        ShopifyCostBucket.Charge charge = shop.charge(cost);
        if (!charge.allowed()) {
            return ResponseEntity.ok(throttled(charge));
        }
        ObjectNode answer = mapper.createObjectNode();
        query.accept(answer.putObject("data"));
        answer.putObject("extensions").set("cost", cost(charge, cost));
        return ResponseEntity.ok(answer);
    }

    private ObjectNode throttled(ShopifyCostBucket.Charge charge) {
        ObjectNode answer = mapper.createObjectNode();
        answer.putArray("errors").addObject().put("message", "Throttled").putObject("extensions")
                .put("code", "THROTTLED")
                .put("documentation", "https://shopify.dev/api/usage/rate-limits");
        answer.putObject("extensions").set("cost", cost(charge, null));
        return answer;
    }

    private ObjectNode cost(ShopifyCostBucket.Charge charge, Integer actual) {
        ObjectNode cost = mapper.createObjectNode().put("requestedQueryCost", charge.requested());
        if (actual == null) {
            cost.putNull("actualQueryCost");
        } else {
            cost.put("actualQueryCost", actual);
        }
        cost.putObject("throttleStatus").put("maximumAvailable", (double) charge.maximum())
                .put("currentlyAvailable", (int) charge.available()).put("restoreRate", charge.restoreRate());
        return cost;
    }

    private static long numericTail(String gid, String prefix) {
        String tail = gid.startsWith(prefix) ? gid.substring(prefix.length()) : gid;
        try {
            return Long.parseLong(tail);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
