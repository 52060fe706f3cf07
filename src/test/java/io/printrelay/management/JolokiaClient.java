package io.printrelay.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jolokia.support.spring.SpringJolokiaAgent;
import org.springframework.util.ObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;

/** What an operator's script does over Jolokia (JMX over HTTP): find an MBean, read an attribute, run an operation. */
public class JolokiaClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public JolokiaClient(SpringJolokiaAgent agent) {
        this.base = agent.getUrl().endsWith("/") ? agent.getUrl() : agent.getUrl() + "/";
    }

    /** Other test contexts in this JVM have their own MBeans: this finds the one of {@code bean} by its identity. */
    public String mbeanOf(String pattern, Object bean) {
        String identity = ObjectUtils.getIdentityHexString(bean);
        JsonNode found = send(HttpRequest.newBuilder(URI.create(base + "search/" + pattern)).GET()).path("value");
        return StreamSupport.stream(found.spliterator(), false).map(JsonNode::asText)
                .filter(name -> name.contains("identity=" + identity)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no MBean " + pattern + " with identity " + identity));
    }

    /** The answer's {@code value}; fails on an error answer. */
    public JsonNode read(String mbean, String attribute) {
        ObjectNode request = MAPPER.createObjectNode().put("type", "read").put("mbean", mbean)
                .put("attribute", attribute);
        return value(post(request));
    }

    /** The answer's {@code value}; fails on an error answer. */
    public JsonNode exec(String mbean, String operation, String... arguments) {
        ObjectNode request = MAPPER.createObjectNode().put("type", "exec").put("mbean", mbean)
                .put("operation", operation);
        ArrayNode args = request.putArray("arguments");
        for (String argument : arguments) {
            args.add(argument);
        }
        return value(post(request));
    }

    private JsonNode post(ObjectNode request) {
        return send(HttpRequest.newBuilder(URI.create(base)).POST(HttpRequest.BodyPublishers.ofString(
                request.toString())));
    }

    private static JsonNode value(JsonNode answer) {
        if (answer.path("status").asInt() != 200) {
            throw new IllegalStateException("Jolokia answered " + answer);
        }
        return answer.path("value");
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            return MAPPER.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new IllegalStateException("Jolokia request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
