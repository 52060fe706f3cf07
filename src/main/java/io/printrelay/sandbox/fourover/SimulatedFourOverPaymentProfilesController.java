package io.printrelay.sandbox.fourover;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** {@code GET /paymentprofiles}: the saved cards an order can be paid with. */
@RestController
public class SimulatedFourOverPaymentProfilesController {

    @GetMapping(FourOverSimulatorConfiguration.BASE_PATH + "/paymentprofiles")
    public Map<String, List<PaymentProfile>> paymentProfiles() {
        return Map.of("entities", SimulatedPaymentProfiles.all());
    }
}
