package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.fulfilment.Claim;
import io.printrelay.fulfilment.OutcomeUnknownException;
import io.printrelay.fulfilment.SubmissionAnswer;
import io.printrelay.fulfilment.VendorJob;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads what POV answered to a send: the POV order it just created (201: every line is in it), or the POV order that
 * already had the reference (409, then looked up by reference: only the lines it has count as sent).
 */
@Component("povAnswer")
public class PovAnswer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A POV order POV just created has every line sent: each carries the POV order id. */
    public SubmissionAnswer created(JsonNode answer, @ExchangeProperty(Claim.PROPERTY) Claim claim)
            throws OutcomeUnknownException {
        String povOrderId = answer.path("order_id").asText("");
        if (povOrderId.isBlank()) {
            // it took the request but did not say where: POV may have the order, which a send again will show
            throw new OutcomeUnknownException("POV answered without an order_id: "
                    + PovClient.abbreviate(answer.toString()), null);
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        claim.jobs().forEach(job -> accepted.put(job.jobName(), povOrderId));
        return new SubmissionAnswer(answer.path("status").asText("received"), accepted, Map.of());
    }

    /**
     * The claimed lines the POV order with the reference has (by {@code line_reference}) are at POV with its id; the
     * others are not, whatever the reference says: that order was made without them.
     */
    public SubmissionAnswer linesItHas(JsonNode povOrder, @ExchangeProperty(Claim.PROPERTY) Claim claim) {
        String povOrderId = povOrder.path("order_id").asText();
        Set<String> lines = new HashSet<>();
        povOrder.path("items").forEach(line -> lines.add(line.path("line_reference").asText()));
        Map<String, String> accepted = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        claim.jobs().stream().filter(job -> lines.contains(job.jobName()))
                .forEach(job -> accepted.put(job.jobName(), povOrderId));
        String advice = accepted.isEmpty()
                ? "POV did not take it: that reference belongs to an order PrintRelay does not know; check it at POV"
                + " (printrelay.vendors.pov.order-prefix must be this PrintRelay's own)"
                : "POV did not take it: retry the order to send it as a POV order of its own";
        for (VendorJob job : claim.jobs()) {
            if (!lines.contains(job.jobName())) {
                missing.put(job.jobName(), "POV order " + povOrderId + " (reference " + povOrder.path("reference")
                        .asText() + ") does not have this line, so " + advice);
            }
        }
        return new SubmissionAnswer("already received", accepted, missing);
    }

    /** The {@code error} of a refusal, JSON or not: for notes and logs. */
    static String errorOf(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            return MAPPER.readTree(body).path("error").asText(PovClient.abbreviate(body));
        } catch (Exception notJson) {
            return PovClient.abbreviate(body);
        }
    }
}
