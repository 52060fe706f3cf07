package io.printrelay.connector.fourover;

import io.printrelay.api.ApiException;
import io.printrelay.api.Envelope;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** {@code GET /api/v2/fourover/payment-profiles}: the cards on the 4over account, through the fourover-payment-profiles route. */
@RestController
public class PaymentProfilesController {

    private final ProducerTemplate camel;

    public PaymentProfilesController(ProducerTemplate camel) {
        this.camel = camel;
    }

    @GetMapping("/api/v2/fourover/payment-profiles")
    public Map<String, Object> paymentProfiles() {
        FourOverPaymentProfiles.Answer answer = camel.requestBody("direct:fourover-payment-profiles", null,
                FourOverPaymentProfiles.Answer.class);
        if (answer == null || answer.refusal() != null) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, answer == null ? "4over could not be reached"
                    : answer.refusal());
        }
        return Envelope.success(null, "payment_profiles", answer.profiles());
    }
}
