package io.printrelay.sandbox.fourover;

import java.util.List;

/** The two cards the simulated 4over account has on file; a non-test order must pay with one of their tokens. */
public final class SimulatedPaymentProfiles {

    public static final String VISA_TOKEN = "3a62afd9b95287d6a70ce7ae44f0fda6";
    public static final String MASTERCARD_TOKEN = "6eac01dbac3ed81e356ab34ada34cce2";

    private static final List<PaymentProfile> PROFILES = List.of(
            new PaymentProfile(VISA_TOKEN, "4242", "Visa"),
            new PaymentProfile(MASTERCARD_TOKEN, "4444", "Mastercard"));

    private SimulatedPaymentProfiles() {
    }

    public static List<PaymentProfile> all() {
        return PROFILES;
    }

    public static boolean exists(String profileToken) {
        return PROFILES.stream().anyMatch(profile -> profile.profileToken().equals(profileToken));
    }
}
