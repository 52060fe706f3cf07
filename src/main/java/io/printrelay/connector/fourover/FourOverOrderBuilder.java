package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.connector.fourover.catalog.ShippingServiceStore;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.mapping.FieldFormat;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.PrintSides;
import io.printrelay.order.Address;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the body of 4over's {@code POST /orders} from a mapped order and the jobs claimed for it. */
@Component("fourOverOrderBuilder")
public class FourOverOrderBuilder {

    /** 4over's UPS service codes for the mail classes a Default Mail Class or Shipping Class Match may name. */
    static final Map<String, String> SHIPPING_CODES = Map.of(
            "ups ground", "03", "ups 3 day select", "12", "ups 2nd day air", "02", "ups next day air", "01",
            "ups next day air saver", "13", "ups next day air early", "14");

    private final FourOverProperties properties;
    private final ObjectMapper mapper;
    /** The services 4over's shipping quotes named (FedEx, USPS, ...): their codes, beyond the UPS ones above. */
    private final ShippingServiceStore quotedServices;

    public FourOverOrderBuilder(FourOverProperties properties, ObjectMapper mapper) {
        this(properties, mapper, null);
    }

    @Autowired
    public FourOverOrderBuilder(FourOverProperties properties, ObjectMapper mapper,
                                ShippingServiceStore quotedServices) {
        this.properties = properties;
        this.mapper = mapper;
        this.quotedServices = quotedServices;
    }

    public String customerOrderId(long orderId) {
        return properties.orderPrefix() + orderId;
    }

    public ObjectNode build(MappedOrder order, List<VendorJob> jobs) {
        ObjectNode body = mapper.createObjectNode();
        body.put("order_id", customerOrderId(order.order().getId()));
        body.put("is_test_order", !properties.live());
        boolean skip = flag(order.orderField("skip_confirmation", properties.skipConfirmation()));
        // the docs spell it skip_conformation, one client and a docs sample skip_confirmation: send both
        body.put("skip_conformation", skip);
        body.put("skip_confirmation", skip);
        body.put("coupon_code", order.orderField("coupon_code", properties.couponCode()));
        ArrayNode jobArray = body.putArray("jobs");
        for (VendorJob job : jobs) {
            MappedItem item = order.items().stream().filter(i -> i.item().getId() == job.itemId()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("job " + job.jobName() + " has no item"));
            jobArray.add(job(order, item, job));
        }
        ObjectNode payment = body.putObject("payment");
        payment.put("profile_token", properties.paymentProfileToken() == null ? "" : properties.paymentProfileToken());
        payment.putObject("requested_currency").put("currency_code", "USD");
        return body;
    }

    private ObjectNode job(MappedOrder order, MappedItem item, VendorJob job) {
        ObjectNode node = mapper.createObjectNode();
        node.put("job_name", job.jobName());
        node.put("product_uuid", item.fieldOrBlank("product_uuid"));
        node.put("runsize_uuid", item.fieldOrBlank("runsize_uuid"));
        node.put("turnaroundtime_uuid", item.fieldOrBlank("turnaroundtime_uuid"));
        node.put("colorspec_uuid", item.fieldOrBlank("colorspec_uuid"));
        ArrayNode options = node.putArray("option_uuids");
        optionUuids(item.fieldOrBlank("option_uuids")).forEach(options::add);
        boolean dropship = flag(item.fieldOrBlank("dropship"));
        node.put("dropship", dropship);
        node.put("sets", Integer.parseInt(item.field("sets").orElse("1").trim()));
        ObjectNode files = node.putObject("files");
        PrintSides.Placement placement = FourOverProfile.PRINT_SIDES.place(item.prints(), "4over");
        if (!placement.problems().isEmpty()) {
            // the mapping processor refuses these before any claim; never send a job with a file left out
            throw new IllegalArgumentException(String.join("; ", placement.problems()));
        }
        placement.bySide().forEach((side, file) -> files.put(side, file.url()));
        node.set("ship_to", shipTo(order));
        if (dropship && properties.returnAddress() != null) {
            node.set("ship_from", mapper.valueToTree(properties.returnAddress()));
        }
        ObjectNode shipper = node.putObject("shipper");
        String mailClass = order.mailClass();
        shipper.put("shipping_method", mailClass);
        shipper.put("shipping_code", shippingCode(mailClass));
        node.put("ship_from_facility", order.orderField("ship_from_facility", properties.shipFromFacility()));
        return node;
    }

    /** The UPS codes known by heart first, then what 4over's shipping quotes named; blank: 4over picks by name. */
    String shippingCode(String mailClass) {
        String known = SHIPPING_CODES.get(mailClass.trim().toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return quotedServices == null ? "" : quotedServices.codeFor(mailClass).orElse("");
    }

    private ObjectNode shipTo(MappedOrder order) {
        Address a = order.order().getShipping();
        ObjectNode to = mapper.createObjectNode();
        to.put("company", a.company());
        to.put("firstname", a.firstName());
        to.put("lastname", a.lastName());
        to.put("email", order.order().getEmail() == null ? "" : order.order().getEmail());
        to.put("phone", a.phone());
        to.put("address", a.address1());
        to.put("address2", a.address2());
        to.put("city", a.city());
        to.put("state", a.state());
        to.put("zipcode", a.postalCode());
        to.put("country", a.country().isBlank() ? "US" : a.country());
        return to;
    }

    /** {@code option_uuids} comes as a JSON list or as comma-separated uuids. */
    List<String> optionUuids(String value) {
        return FieldFormat.listValues(value);
    }

    static boolean flag(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes");
    }
}
