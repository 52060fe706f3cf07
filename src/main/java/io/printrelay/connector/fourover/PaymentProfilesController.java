package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.api.ApiException;
import io.printrelay.api.Envelope;
import io.printrelay.fulfilment.VendorHttp;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v2/fourover/payment-profiles}: the cards on the 4over account, to pick a payment-profile-token. */
@RestController
public class PaymentProfilesController {

    private final FourOverClient client;

    public PaymentProfilesController(FourOverClient client) {
        this.client = client;
    }

    @GetMapping("/api/v2/fourover/payment-profiles")
    public Map<String, Object> paymentProfiles() {
        VendorHttp.Response response = client.paymentProfiles();
        if (!response.isSuccess()) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "4over answered HTTP " + response.status() + ": "
                    + client.messageOf(response));
        }
        List<Map<String, String>> profiles = new ArrayList<>();
        for (JsonNode entity : client.json(response).path("entities")) {
            Map<String, String> profile = new LinkedHashMap<>();
            profile.put("profile_token", entity.path("profile_token").asText());
            profile.put("last_four", entity.path("last_four").asText());
            profile.put("type", entity.path("type").asText());
            profiles.add(profile);
        }
        return Envelope.success(null, "payment_profiles", profiles);
    }
}
