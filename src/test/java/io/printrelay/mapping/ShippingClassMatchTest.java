package io.printrelay.mapping;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Shipping Class Match ignores case and every space, inside the name as well as around it. */
class ShippingClassMatchTest {

    private final ShippingClassMatch match = new ShippingClassMatch(Map.of("FedEx Home Delivery", "UPS Ground",
            "Standard Shipping", "UPS 2nd Day Air"), "UPS Next Day Air");

    @Test
    void caseAndSpacesAnywhereInTheNameAreIgnored() {
        assertThat(match.mailClassFor("FedEx Home Delivery")).isEqualTo("UPS Ground");
        assertThat(match.mailClassFor("Fed Ex  Home   Delivery")).isEqualTo("UPS Ground");
        assertThat(match.mailClassFor(" fedexhomedelivery\t")).isEqualTo("UPS Ground");
        assertThat(match.mailClassFor("STANDARD\u00a0 shipping ")).isEqualTo("UPS 2nd Day Air");
    }

    @Test
    void aDifferentNameOrNoneGetsTheDefaultMailClass() {
        assertThat(match.mailClassFor("FedEx Home Deliveries")).isEqualTo("UPS Next Day Air");
        assertThat(match.mailClassFor("")).isEqualTo("UPS Next Day Air");
        assertThat(match.mailClassFor(null)).isEqualTo("UPS Next Day Air");
    }
}
