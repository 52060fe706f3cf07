package io.printrelay.connector.woocommerce;

import io.printrelay.PrintRelayTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The WooCommerce tests' one application: the same settings everywhere, so the import, webhook and tracking tests
 * share one context instead of starting three. Each test places orders of its own (the simulator's ids keep
 * counting across resets), so none depends on another's. 4over's jobs stay in production until a test ships them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sources.woocommerce.page-size=2",
        "printrelay.sources.woocommerce.order-prefix=WC-", "printrelay.sandbox.fourover.step-millis=3600000",
        "printrelay.sandbox.pov.step-millis=3600000"})
public @interface WooCommerceTest {
}
