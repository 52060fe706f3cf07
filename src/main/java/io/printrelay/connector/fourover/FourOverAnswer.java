package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.fulfilment.Claim;
import io.printrelay.fulfilment.SubmissionAnswer;
import io.printrelay.fulfilment.VendorJob;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/** Reads 4over's answer to {@code POST /orders} (Success, Warning or Failed; the job ids in all their shapes). */
@Component("fourOverAnswer")
public class FourOverAnswer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SubmissionAnswer read(JsonNode answer, @ExchangeProperty(Claim.PROPERTY) Claim claim) {
        FourOverOrderResponse response = FourOverOrderResponse.parse(answer,
                claim.jobs().stream().map(VendorJob::jobName).toList());
        return new SubmissionAnswer(response.orderStatus(), response.acceptedJobIds(), response.failures());
    }

    /** The {@code message} of an error answer, JSON or not: for notes and logs. */
    static String messageOf(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            return MAPPER.readTree(body).path("message").asText(FourOverEndpoint.abbreviate(body));
        } catch (Exception notJson) {
            return FourOverEndpoint.abbreviate(body);
        }
    }
}
