package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Listing pages as a misbehaving podOS (or a proxy in between) would send them. */
final class BrokenPages {

    private final ObjectMapper mapper;

    BrokenPages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The page's JSON cut off half way (a connection dropped mid-body): never valid JSON. */
    String truncated(PodosOrderPage page) throws JsonProcessingException {
        String json = mapper.writeValueAsString(page);
        return json.substring(0, json.length() / 2);
    }

    /** The page with a stray order first, one whose {@code id} field is missing altogether (not null). */
    ObjectNode withOrderMissingId(PodosOrderPage page, PodosOrder stray) {
        ObjectNode body = mapper.valueToTree(page);
        ObjectNode strayOrder = mapper.valueToTree(stray);
        strayOrder.remove("id");
        ((ArrayNode) body.get("orders")).insert(0, strayOrder);
        return body;
    }
}
