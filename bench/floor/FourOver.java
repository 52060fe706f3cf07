import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 4over as PrintRelay's 4over connector talks to it (connector/fourover, routes/fourover.camel.yaml): the same
 * signature (FourOverSigner: hex HMAC-SHA256 of the method, keyed by hex SHA-256 of the private key) sent both as
 * {@code ?apikey=&signature=} and as {@code Authorization: API public:signature}; the same POST /orders body
 * (FourOverOrderBuilder, with the sandbox's settings: test mode, UPS Ground, the sandbox return address); the same
 * status and tracking reads (FourOverTracker).
 */
final class FourOver {

    /** One 4over job: one unit of an item, named {@code PR-<order>-<item>-<unit>} (FourOverConnector.jobsFor). */
    static final class Job {
        final Podos.Order order;
        final Podos.Item item;
        final String name;
        final int unit;
        String vendorJobId;
        String lastStatus;
        /** When a status answer first said the job shipped (System.nanoTime): where its tracking latency starts. */
        long seenShipped;
        String tracking;
        long returnId;
        int returnAttempts;

        Job(Podos.Order order, Podos.Item item, int unit) {
            this.order = order;
            this.item = item;
            this.unit = unit;
            this.name = customerOrderId(order.id) + "-" + item.id + "-" + unit;
        }
    }

    /** What 4over answered to POST /orders: its order status, our job name → its job id, our job name → error. */
    record Answer(int httpStatus, String orderStatus, Map<String, String> accepted, Map<String, String> failures,
                  String body) {
    }

    /** printrelay.vendors.fourover.return-address in application.yaml: ship_from of every dropshipped job. */
    static final Map<String, Object> RETURN_ADDRESS = Json.fields("company", "PrintRelay Sandbox", "firstname", "Print",
            "lastname", "Relay", "email", "orders@printrelay.example", "phone", "555-0100", "address", "100 Press Row",
            "address2", "", "city", "Glendale", "state", "CA", "zipcode", "91204", "country", "US");

    private final HttpClient http;
    private final String baseUrl;
    private final String signedGet;
    private final String signedPost;
    private final String authorizationGet;
    private final String authorizationPost;

    FourOver(HttpClient http, String baseUrl, String publicKey, String privateKey) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        byte[] key = HexFormat.of().formatHex(sha256(privateKey)).getBytes(StandardCharsets.US_ASCII);
        String get = signature(key, "GET");
        String post = signature(key, "POST");
        this.signedGet = "apikey=" + publicKey + "&signature=" + get;
        this.signedPost = "apikey=" + publicKey + "&signature=" + post;
        this.authorizationGet = "API " + publicKey + ":" + get;
        this.authorizationPost = "API " + publicKey + ":" + post;
    }

    static String customerOrderId(long orderId) {
        return "PR-" + orderId;
    }

    /**
     * The mapping processor for 4over (MappingProcessor with FourOverProfile): each field from the item's metadata,
     * else its inventory item's, else 4over's defaults (sets 1, dropship 1); the four uuids and artwork required;
     * print_url_n placed on fr/bk by print_location_n. Fills each item's fields; gives the problems (none: send).
     */
    static List<String> map(Podos.Order order, Map<String, Map<String, Object>> inventoryByCode) {
        List<String> problems = new ArrayList<>();
        for (Podos.Item item : order.items) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("sets", "1", "dropship", "1"));
            Map<String, Object> inventory = inventoryByCode.getOrDefault(item.code, Map.of());
            inventory.forEach((k, v) -> fields.put(k, v == null ? "" : v.toString()));
            item.metadata.forEach((k, v) -> {
                if (v != null && !v.toString().isBlank()) {
                    fields.put(k, v.toString().trim());
                }
            });
            String what = "Order " + order.id + " item " + item.id + " (" + item.code + ")";
            for (String required : List.of("product_uuid", "runsize_uuid", "turnaroundtime_uuid", "colorspec_uuid")) {
                if (fields.getOrDefault(required, "").isBlank()) {
                    problems.add(what + ": print details are missing: " + required);
                }
            }
            List<String> free = new ArrayList<>(List.of("fr", "bk"));
            for (int n = 1; fields.containsKey("print_url_" + n); n++) {
                String location = fields.getOrDefault("print_location_" + n, "").toLowerCase();
                String side = location.isBlank() ? (free.isEmpty() ? null : free.get(0))
                        : location.equals("front") || location.equals("fr") ? "fr"
                        : location.equals("back") || location.equals("bk") ? "bk" : null;
                if (side == null || !free.remove(side)) {
                    problems.add(what + ": print_location_" + n + ": '" + location + "' has no side left on 4over");
                } else {
                    fields.put("file_" + side, fields.get("print_url_" + n));
                }
            }
            if (free.size() == 2) {
                problems.add(what + ": print details are missing: print_url");
            }
            item.fields = fields;
        }
        return problems;
    }

    /** FourOverOrderBuilder.build with the sandbox settings (mode test, skip-confirmation 1, no coupon, no card). */
    static Map<String, Object> orderBody(Podos.Order order, List<Job> jobs) {
        return Json.fields("order_id", customerOrderId(order.id), "is_test_order", true, "skip_conformation", true,
                "skip_confirmation", true, "coupon_code", "", "jobs", jobs.stream().map(job -> job(order, job)).toList(),
                "payment", Json.fields("profile_token", "", "requested_currency", Map.of("currency_code", "USD")));
    }

    private static Map<String, Object> job(Podos.Order order, Job job) {
        Map<String, String> f = job.item.fields;
        String options = f.getOrDefault("option_uuids", "");
        boolean dropship = flag(f.getOrDefault("dropship", "1"));
        Map<String, Object> files = new LinkedHashMap<>();
        for (String side : List.of("fr", "bk")) {
            if (f.containsKey("file_" + side)) {
                files.put(side, f.get("file_" + side));
            }
        }
        Map<String, Object> a = order.address;
        Map<String, Object> node = Json.fields("job_name", job.name, "product_uuid", f.get("product_uuid"),
                "runsize_uuid", f.get("runsize_uuid"), "turnaroundtime_uuid", f.get("turnaroundtime_uuid"),
                "colorspec_uuid", f.get("colorspec_uuid"),
                "option_uuids", options.isBlank() ? List.of() : List.of(options.split("\\s*,\\s*")),
                "dropship", dropship, "sets", Integer.parseInt(f.getOrDefault("sets", "1").trim()), "files", files,
                "ship_to", Json.fields("company", a.get("company"), "firstname", a.get("first_name"),
                        "lastname", a.get("last_name"), "email", order.email, "phone", a.get("phone"),
                        "address", a.get("address1"), "address2", a.get("address2"), "city", a.get("city"),
                        "state", a.get("state"), "zipcode", a.get("postal_code"),
                        "country", a.get("country").toString().isBlank() ? "US" : a.get("country")));
        if (dropship) {
            node.put("ship_from", RETURN_ADDRESS);
        }
        node.put("shipper", Json.fields("shipping_method", "UPS Ground", "shipping_code", "03"));
        node.put("ship_from_facility", "");
        return node;
    }

    /** POST /orders, signed; the answer read as FourOverOrderResponse reads the simulator's (job_ids keyed by id). */
    Answer submit(Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/orders?" + signedPost))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorizationPost)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Map<String, String> accepted = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        String status = "";
        if (response.statusCode() / 100 == 2) {
            Map<String, Object> answer = Json.object(Json.parse(response.body()));
            status = Json.text(answer, "order_status");
            Json.object(answer.get("job_ids")).forEach((jobId, job) -> {
                String name = Json.text(Json.object(job), "customer_job_id");
                accepted.put(name.isEmpty() ? jobId : name, jobId);
            });
            for (Object error : Json.array(answer.get("errors"))) {
                failures.put(Json.text(Json.object(error), "job_name"), Json.text(Json.object(error), "message"));
            }
        }
        return new Answer(response.statusCode(), status, accepted, failures, response.body());
    }

    /** GET /orders/{job}/status: the newest status name ("" when 4over does not say). */
    String status(String vendorJobId) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/orders/" + vendorJobId + "/status");
        if (response.statusCode() / 100 != 2) {
            return "";
        }
        List<Object> entities = Json.array(Json.object(Json.parse(response.body())).get("entities"));
        return entities.isEmpty() ? "" : Json.text(Json.object(entities.get(0)), "status");
    }

    /** GET /orders/{job}/tracking: the tracking number ("" until the carrier has one). */
    String tracking(String vendorJobId) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/orders/" + vendorJobId + "/tracking");
        if (response.statusCode() / 100 != 2) {
            throw new IOException("4over tracking of " + vendorJobId + " answered HTTP " + response.statusCode());
        }
        return Json.text(Json.object(Json.parse(response.body())), "tracking").trim();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path + "?" + signedGet))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorizationGet).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String carrierOf(String tracking) {
        return tracking.startsWith("1Z") ? "UPS" : tracking.matches("\\d{12}|\\d{15}") ? "FedEx" : "4over";
    }

    static String trackingUrl(String tracking) {
        return tracking.startsWith("1Z") ? "https://www.ups.com/track?tracknum=" + tracking : "";
    }

    static boolean flag(String value) {
        String v = value == null ? "" : value.trim().toLowerCase();
        return v.equals("1") || v.equals("true") || v.equals("yes");
    }

    private static String signature(byte[] key, String method) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(method.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
