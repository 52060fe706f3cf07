package io.printrelay.vendor.pov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.fulfilment.OutcomeUnknownException;
import io.printrelay.fulfilment.SubmissionAnswer;
import io.printrelay.fulfilment.SubmissionRunner;
import io.printrelay.fulfilment.VendorGateway;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.fulfilment.VendorSubmission;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Address;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * POV's side of a submission: one order per PrintRelay order, a line per item ({@code sku}, {@code quantity},
 * {@code print_url}), the mail class from Shipping Class Match, the Order Mode on every order. POV's reference is
 * unique per customer, so a send whose answer was lost is confirmed by looking the reference up (and a duplicate
 * answers with the order it already has).
 */
@Component("povSubmitter")
public class PovSubmitter implements VendorGateway {

    private final SubmissionRunner runner;
    private final PovProfile profile;
    private final PovProperties properties;
    private final PovClient client;
    private final ObjectMapper mapper;

    public PovSubmitter(SubmissionRunner runner, PovProfile profile, PovProperties properties, PovClient client,
                        ObjectMapper mapper) {
        this.runner = runner;
        this.profile = profile;
        this.properties = properties;
        this.client = client;
        this.mapper = mapper;
    }

    public void submit(VendorSubmission submission) {
        runner.submit(submission, this);
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public String customerOrderId(long orderId) {
        return properties.orderPrefix() + orderId;
    }

    @Override
    public String requestBody(MappedOrder order, List<VendorJob> jobs) {
        ObjectNode body = mapper.createObjectNode();
        body.put("customer_id", properties.customerId());
        body.put("order_mode", properties.mode());
        body.put("reference", customerOrderId(order.order().getId()));
        body.put("mail_class", order.mailClass());
        body.set("ship_to", shipTo(order));
        ArrayNode items = body.putArray("items");
        for (VendorJob job : jobs) {
            MappedItem item = order.items().stream().filter(i -> i.item().getId() == job.itemId()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("job " + job.jobName() + " has no item"));
            items.addObject().put("sku", item.fieldOrBlank("print_sku"))
                    .put("quantity", item.item().getQuantity() == null ? 1 : item.item().getQuantity())
                    .put("print_url", item.prints().get(0).url());
        }
        return body.toString();
    }

    @Override
    public VendorHttp.Response send(String body) throws OutcomeUnknownException {
        return client.createOrder(body);
    }

    /** 201, or 409 "Duplicate reference" naming the order POV already has: an earlier send got through. */
    @Override
    public boolean accepted(VendorHttp.Response response) {
        return response.isSuccess() || (response.status() == 409 && client.json(response).hasNonNull("order_id"));
    }

    @Override
    public SubmissionAnswer read(VendorHttp.Response response, List<VendorJob> jobs) {
        JsonNode answer = client.json(response);
        return everyJob(response.status() == 409 ? "already received" : answer.path("status").asText("received"),
                answer.path("order_id").asText(), jobs);
    }

    @Override
    public String refusal(VendorHttp.Response response, String customerOrderId) {
        String error = client.json(response).path("error").asText(PovClient.abbreviate(response.body()));
        return response.status() == 401 || response.status() == 403
                ? "POV refused the customer id (HTTP " + response.status() + ": " + error + "): check"
                + " printrelay.vendors.pov.customer-id"
                : "POV refused order " + customerOrderId + " (HTTP " + response.status() + "): " + error;
    }

    @Override
    public Optional<SubmissionAnswer> confirm(String customerOrderId, List<VendorJob> jobs) {
        VendorHttp.Response found = client.orderByReference(customerOrderId);
        if (!found.isSuccess()) {
            return Optional.empty();
        }
        JsonNode order = client.json(found);
        return Optional.of(everyJob("confirmed " + order.path("status").asText(""), order.path("order_id").asText(),
                jobs));
    }

    /** A POV order is accepted or refused whole: every line carries the POV order id. */
    private static SubmissionAnswer everyJob(String status, String povOrderId, List<VendorJob> jobs) {
        Map<String, String> accepted = new LinkedHashMap<>();
        jobs.forEach(job -> accepted.put(job.jobName(), povOrderId));
        return new SubmissionAnswer(status, accepted, Map.of());
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
