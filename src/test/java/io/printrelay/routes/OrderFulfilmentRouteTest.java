package io.printrelay.routes;

import io.printrelay.PrintRelayTest;
import io.printrelay.fulfilment.VendorSubmission;
import io.printrelay.order.Folder;
import io.printrelay.order.HistoryNote;
import io.printrelay.order.Order;
import io.printrelay.order.FolderStore;
import io.printrelay.order.OrderStore;
import io.printrelay.order.OrderStoreFixtures;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor dispatch of routes/order-intake.camel.yaml ({@code toD: seda:${body.vendor}-submit}) in isolation:
 * the planning steps and the vendor routes are advised away, so only the dispatch is exercised. The advised context
 * is thrown away afterwards.
 */
@PrintRelayTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrderFulfilmentRouteTest {

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    OrderStore store;
    @Autowired
    FolderStore folders;

    @Test
    void eachVendorsPartGoesToItsRouteAndAVendorWithoutARouteIsAnErrorNamingTheRoute() throws Exception {
        long orderId = store.importOrder(OrderStoreFixtures.order("route-test", "r-1"),
                folders.ensureFolder(Folder.NEW).id(), "test", "n").order().getId();
        AdviceWith.adviceWith(camel, "order-fulfilment", route -> {
            route.replaceFromWith("direct:test-fulfilment");
            route.weaveByToString(".*vendorRouter.*").replace().process(exchange -> exchange.getMessage().setBody(
                    List.of(new VendorSubmission(orderId, "fourover"), new VendorSubmission(orderId, "pov"),
                            new VendorSubmission(orderId, "acme"))));
            route.weaveByToString(".*recordPlan.*").remove();
        });
        AdviceWith.adviceWith(camel, "fourover-submit", route -> route.weaveAddFirst().to("mock:fourover").stop());
        AdviceWith.adviceWith(camel, "pov-submit", route -> route.weaveAddFirst().to("mock:pov").stop());
        MockEndpoint fourOver = camel.getEndpoint("mock:fourover", MockEndpoint.class);
        MockEndpoint pov = camel.getEndpoint("mock:pov", MockEndpoint.class);
        fourOver.expectedMessageCount(1);
        pov.expectedMessageCount(1);

        producer.sendBodyAndHeader("direct:test-fulfilment", null, "PrintRelayOrderId", orderId);

        MockEndpoint.assertIsSatisfied(fourOver, pov);
        assertThat(fourOver.getExchanges().get(0).getMessage().getBody(VendorSubmission.class).vendor())
                .isEqualTo("fourover");
        Order order = store.requireOrder(orderId, true);
        assertThat(order.getFolderId()).isEqualTo(folders.byName(Folder.ERRORS).orElseThrow().id());
        assertThat(order.getOrderHistory()).extracting(HistoryNote::note).anyMatch(note -> note.contains(
                "No route takes seda:acme-submit: add the vendor's route file to routes/ (a route from"
                        + " seda:acme-submit)"));
    }
}
