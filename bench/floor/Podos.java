import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * podOS as PrintRelay's podOS connector talks to it (connector/podos, routes/podos-*.camel.yaml): the order list,
 * page by page, with the project in the query and the token as {@code Authorization: Bearer}; a listed order read
 * into Order Desk's shape (PodosOrderReader); a shipment posted back as the order's fulfilment (PodosTrackingWriter).
 */
final class Podos {

    /** One podOS order, read as PrintRelay's PodosOrderReader reads it, and what the floor learns of it on its way. */
    static final class Order {
        String podosId;
        String ref;
        String email;
        String shippingMethod;
        Map<String, Object> address;
        BigDecimal subtotal;
        BigDecimal shippingTotal;
        BigDecimal taxTotal;
        BigDecimal total;
        LocalDateTime createdAt;
        String status;
        final List<Item> items = new ArrayList<>();
        /** When the page holding it arrived (System.nanoTime): where its latency starts. */
        long pageArrived;
        long id;
        /** Its 4over jobs once planned; or why it is in Errors instead. */
        final List<FourOver.Job> jobs = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        /** Jobs not shipped yet: the last one to ship moves the order to Shipped. */
        int openJobs;

        int units() {
            return items.stream().mapToInt(i -> i.quantity == null ? 0 : i.quantity).sum();
        }
    }

    static final class Item {
        String code;
        String name;
        Integer quantity;
        BigDecimal price;
        /** podos_item_id, print_url_n / print_location_n: the item metadata PrintRelay stores. */
        final Map<String, Object> metadata = new LinkedHashMap<>();
        long id;
        /** The 4over fields, resolved by Store.mapItems: item metadata, then inventory, then 4over's defaults. */
        Map<String, String> fields;
    }

    /** One page of the listing: its orders and the token of the next page (null on the last). */
    record Page(List<Object> orders, String nextPageToken, long arrived) {
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String project;
    private final String token;

    Podos(HttpClient http, String baseUrl, String project, String token) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.project = project;
        this.token = token;
    }

    /** {@code GET /orders?project=&status=processing&createdAfter=&pageToken=} (PodosApi.listQuery). */
    Page page(String createdAfter, String pageToken) throws IOException, InterruptedException {
        String query = "project=" + encode(project) + "&status=processing&createdAfter=" + encode(createdAfter)
                + (pageToken == null ? "" : "&pageToken=" + encode(pageToken));
        HttpResponse<String> response = http.send(request("/orders?" + query).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long arrived = System.nanoTime();
        if (response.statusCode() != 200) {
            throw new IOException("podOS listing answered HTTP " + response.statusCode() + ": " + response.body());
        }
        Map<String, Object> page = Json.object(Json.parse(response.body()));
        Object next = page.get("nextPageToken");
        return new Page(Json.array(page.get("orders")), next instanceof String s && !s.isBlank() ? s : null, arrived);
    }

    /** PodosOrderReader.read: podOS id as source id, ref as order number, artwork as print_url_n/print_location_n. */
    static Order read(Object listed) {
        Map<String, Object> json = Json.object(listed);
        Order order = new Order();
        order.podosId = Json.text(json, "id");
        if (order.podosId.isBlank()) {
            throw new IllegalArgumentException("a podOS order has no id");
        }
        order.ref = json.get("ref") == null ? order.podosId : Json.text(json, "ref");
        Map<String, Object> contact = Json.object(json.get("contactInformation"));
        order.email = Json.text(contact, "email");
        order.address = address(Json.object(json.get("shippingAddress")), Json.text(contact, "phone"));
        order.shippingMethod = Json.text(json, "shippingMethod");
        order.subtotal = number(json, "subtotal");
        order.shippingTotal = number(json, "shippingTotal");
        order.taxTotal = number(json, "taxTotal");
        order.total = number(json, "total");
        String created = Json.text(json, "createdAt");
        order.createdAt = created.isBlank() ? null : LocalDateTime.ofInstant(Instant.parse(created), ZoneOffset.UTC);
        order.status = Json.text(json, "status");
        for (Object line : Json.array(json.get("items"))) {
            Map<String, Object> itemJson = Json.object(line);
            Item item = new Item();
            item.code = Json.text(itemJson, "sku");
            item.name = itemJson.get("name") == null ? item.code : Json.text(itemJson, "name");
            item.quantity = itemJson.get("quantity") instanceof BigDecimal q ? q.intValue() : null;
            item.price = number(itemJson, "price");
            item.metadata.put("podos_item_id", Json.text(itemJson, "id"));
            int n = 0;
            for (Object print : Json.array(itemJson.get("prints"))) {
                n++;
                item.metadata.put("print_url_" + n, Json.text(Json.object(print), "url"));
                item.metadata.put("print_location_" + n, Json.text(Json.object(print), "location"));
            }
            order.items.add(item);
        }
        return order;
    }

    /**
     * {@code POST /orders/{id}/fulfilments?project=} with the tracking number, carrier, URL and the items this
     * shipment carries. On a retry ({@code checkFirst}) the order is read first, as PodosTrackingWriter always does:
     * a fulfilment with this tracking number means an earlier attempt got through without its answer.
     */
    void fulfil(String podosId, String tracking, String carrier, String trackingUrl, List<Map<String, Object>> items,
                boolean checkFirst) throws IOException, InterruptedException {
        String path = "/orders/" + podosId;
        String query = "?project=" + encode(project);
        if (checkFirst) {
            HttpResponse<String> order = http.send(request(path + query).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (order.statusCode() / 100 == 2 && Json.array(Json.object(Json.parse(order.body())).get("fulfilments"))
                    .stream().anyMatch(f -> tracking.equals(Json.text(Json.object(f), "trackingNumber")))) {
                return;
            }
        }
        Map<String, Object> body = Json.fields("trackingNumber", tracking, "carrier", carrier,
                "trackingUrl", trackingUrl, "items", items);
        HttpResponse<String> response = http.send(request(path + "/fulfilments" + query)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("podOS refused the fulfilment of " + podosId + " (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** Order Desk's address (Address, snake_case as stored): the contact name split into first and last. */
    private static Map<String, Object> address(Map<String, Object> json, String phone) {
        String name = Json.text(json, "contactName");
        int space = name.indexOf(' ');
        return Json.fields("first_name", space < 0 ? name : name.substring(0, space),
                "last_name", space < 0 ? "" : name.substring(space + 1).trim(), "company", Json.text(json, "company"),
                "address1", Json.text(json, "line1"), "address2", Json.text(json, "line2"), "address3", "",
                "address4", "", "city", Json.text(json, "city"), "state", Json.text(json, "state"),
                "postal_code", Json.text(json, "postalCode"), "country", Json.text(json, "country"), "phone", phone);
    }

    private static BigDecimal number(Map<String, Object> json, String field) {
        String text = Json.text(json, field);
        try {
            return text.isBlank() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
