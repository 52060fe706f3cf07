package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of the fourover-shipping-quote route: 4over's {@code POST /shippingquote} body (its product_info says
 * {@code turnaround_uuid}), and its answer, {@code job.facilities[].shipping_options[]}. Every service code it names
 * is remembered, so that a Shipping Class Match line naming that service is sent with 4over's code.
 */
@Component("fourOverShippingQuotes")
public class ShippingQuotes {

    /** What PrintRelay's API takes: the job's uuids and an address. */
    public record Request(ItemChoice job, Map<String, String> address) {
    }

    /** The services, or why there are none. */
    public record Answer(List<Map<String, String>> options, String refusal) {
    }

    private final ObjectMapper mapper;
    private final ShippingServiceStore services;

    public ShippingQuotes(ObjectMapper mapper, ShippingServiceStore services) {
        this.mapper = mapper;
        this.services = services;
    }

    public Map<String, Object> request(@Body Request request) {
        Map<String, Object> productInfo = new LinkedHashMap<>();
        productInfo.put("product_uuid", request.job().productUuid());
        productInfo.put("runsize_uuid", request.job().runsizeUuid());
        productInfo.put("turnaround_uuid", request.job().turnaroundtimeUuid());
        productInfo.put("colorspec_uuid", request.job().colorspecUuid());
        productInfo.put("option_uuids", request.job().optionUuids());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("product_info", productInfo);
        body.put("shipping_address", request.address());
        return body;
    }

    public Answer read(@Header(Exchange.HTTP_RESPONSE_CODE) Integer code, @Body String body) throws Exception {
        if (code == null || code < 200 || code >= 300) {
            JsonNode error = body == null || body.isBlank() ? mapper.createObjectNode() : readOrEmpty(body);
            return new Answer(List.of(), "4over answered HTTP " + code + ": " + error.path("message").asText(""));
        }
        List<Map<String, String>> options = new ArrayList<>();
        List<ShippingServiceStore.Service> seen = new ArrayList<>();
        for (JsonNode facility : mapper.readTree(body).path("job").path("facilities")) {
            for (JsonNode option : facility.path("shipping_options")) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("facility", facility.path("facility_name").asText(""));
                entry.put("service_code", option.path("service_code").asText(""));
                entry.put("service_name", option.path("service_name").asText(""));
                entry.put("service_price", option.path("service_price").asText(""));
                options.add(entry);
                seen.add(new ShippingServiceStore.Service(entry.get("service_name"), entry.get("service_code")));
            }
        }
        services.remember(seen);
        return new Answer(options, null);
    }

    public Answer unreachable() {
        return new Answer(List.of(), "4over could not be reached");
    }

    private JsonNode readOrEmpty(String body) {
        try {
            return mapper.readTree(body);
        } catch (Exception e) {
            return mapper.createObjectNode();
        }
    }
}
