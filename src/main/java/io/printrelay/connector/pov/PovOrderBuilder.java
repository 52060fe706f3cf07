package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.PrintFile;
import io.printrelay.order.Address;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Builds the body of POV's {@code POST /orders}: one POV order per send, under its reference, a line per item
 * ({@code sku}, {@code quantity}, its artwork, and its job name as {@code line_reference}), the mail class from
 * Shipping Class Match, the Order Mode on every order.
 */
@Component("povOrderBuilder")
public class PovOrderBuilder {

    private final PovProperties properties;
    private final ObjectMapper mapper;

    public PovOrderBuilder(PovProperties properties, ObjectMapper mapper) {
        this.properties = properties;
        this.mapper = mapper;
    }

    public ObjectNode build(MappedOrder order, List<VendorJob> jobs, String reference) {
        ObjectNode body = mapper.createObjectNode();
        body.put("customer_id", properties.customerId());
        body.put("order_mode", properties.mode());
        body.put("reference", reference);
        body.put("mail_class", order.mailClass());
        body.set("ship_to", shipTo(order));
        ArrayNode items = body.putArray("items");
        for (VendorJob job : jobs) {
            MappedItem item = order.items().stream().filter(i -> i.item().getId() == job.itemId()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("job " + job.jobName() + " has no item"));
            items.add(line(item, job));
        }
        return body;
    }

    /** {@code print_url} is the first file, as POV's contract names one; {@code prints} has every file. */
    private ObjectNode line(MappedItem item, VendorJob job) {
        List<PrintFile> files = item.prints();
        ObjectNode line = mapper.createObjectNode().put("sku", item.fieldOrBlank("print_sku"))
                .put("quantity", item.item().getQuantity() == null ? 1 : item.item().getQuantity())
                .put("print_url", files.get(0).url())
                .put("line_reference", job.jobName());
        ArrayNode prints = line.putArray("prints");
        for (PrintFile file : files) {
            ObjectNode print = prints.addObject().put("url", file.url());
            if (file.location() != null) {
                print.put("location", file.location());
            }
        }
        return line;
    }

    private ObjectNode shipTo(MappedOrder order) {
        Address a = order.order().getShipping();
        ObjectNode to = mapper.createObjectNode();
        to.put("name", (a.firstName() + " " + a.lastName()).trim());
        to.put("company", a.company());
        to.put("address1", a.address1());
        to.put("address2", a.address2());
        to.put("city", a.city());
        to.put("state", a.state());
        to.put("zip", a.postalCode());
        to.put("country", a.country().isBlank() ? "US" : a.country());
        to.put("phone", a.phone());
        to.put("email", order.order().getEmail() == null ? "" : order.order().getEmail());
        return to;
    }
}
