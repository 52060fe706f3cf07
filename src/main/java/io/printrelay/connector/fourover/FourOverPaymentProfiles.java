package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads 4over's {@code GET /paymentprofiles}: the cards on the account, to pick a payment-profile-token. */
@Component("fourOverPaymentProfiles")
public class FourOverPaymentProfiles {

    /** The cards, or why 4over would not list them. */
    public record Answer(List<Map<String, String>> profiles, String refusal) {
    }

    private final ObjectMapper mapper;

    public FourOverPaymentProfiles(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Answer read(@Header(Exchange.HTTP_RESPONSE_CODE) Integer code, String body) throws Exception {
        if (code == null || code < 200 || code >= 300) {
            return new Answer(List.of(), "4over answered HTTP " + code + ": " + FourOverAnswer.messageOf(body));
        }
        List<Map<String, String>> profiles = new ArrayList<>();
        for (JsonNode entity : mapper.readTree(body).path("entities")) {
            Map<String, String> profile = new LinkedHashMap<>();
            profile.put("profile_token", entity.path("profile_token").asText());
            profile.put("last_four", entity.path("last_four").asText());
            profile.put("type", entity.path("type").asText());
            profiles.add(profile);
        }
        return new Answer(profiles, null);
    }
}
