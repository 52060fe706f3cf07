package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 4over's answer to {@code POST /orders}. {@code job_ids} comes in three shapes across samples (a map keyed by
 * job id, an array of ids, an array of {internal_id, customer_job_id}); all three are read. Jobs named in
 * {@code errors} failed; the others in {@code job_ids} were accepted.
 */
public record FourOverOrderResponse(String orderStatus, Map<String, String> acceptedJobIds,
                                    Map<String, String> failures) {

    /** @param sentJobNames our job names in the order they were sent */
    public static FourOverOrderResponse parse(JsonNode body, List<String> sentJobNames) {
        Map<String, String> failures = new LinkedHashMap<>();
        for (JsonNode error : body.path("errors")) {
            String message = error.isTextual() ? error.asText() : firstText(error, "message", "error", "errors");
            String job = error.isTextual() ? null : firstText(error, "job_name", "customer_job_id", "job");
            if (job == null || job.isBlank()) {
                job = sentJobNames.stream().filter(message::contains).findFirst().orElse(null);
            }
            if (job != null) {
                failures.put(job, message);
            } else {
                // an error that names no job concerns them all
                sentJobNames.forEach(name -> failures.putIfAbsent(name, message));
            }
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        JsonNode jobIds = body.path("job_ids");
        if (jobIds.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = jobIds.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getValue().path("customer_job_id").asText(null);
                accepted.put(name == null ? field.getKey() : name, field.getKey());
            }
        } else if (jobIds.isArray()) {
            List<String> unnamed = new ArrayList<>();
            for (JsonNode id : jobIds) {
                if (id.isTextual()) {
                    unnamed.add(id.asText());
                } else {
                    accepted.put(id.path("customer_job_id").asText(), firstText(id, "internal_id", "job_id", "id"));
                }
            }
            // bare ids come in the order of the jobs that were accepted
            List<String> acceptedNames = sentJobNames.stream().filter(n -> !failures.containsKey(n)).toList();
            for (int i = 0; i < unnamed.size() && i < acceptedNames.size(); i++) {
                accepted.put(acceptedNames.get(i), unnamed.get(i));
            }
        }
        return new FourOverOrderResponse(body.path("order_status").asText(""), accepted, failures);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull()) {
                return value.isTextual() ? value.asText() : value.toString();
            }
        }
        return null;
    }
}
