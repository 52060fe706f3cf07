package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.OutcomeUnknownException;
import io.printrelay.fulfilment.SubmissionAnswer;
import io.printrelay.fulfilment.SubmissionRunner;
import io.printrelay.fulfilment.VendorGateway;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.fulfilment.VendorSubmission;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.PrintFile;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Address;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * POV's side of a submission: one POV order per send, a line per item ({@code sku}, {@code quantity}, its
 * artwork, and its job name as {@code line_reference}), the mail class from Shipping Class Match, the Order Mode on
 * every order. POV's reference is unique per customer, so a send whose answer was lost is confirmed by looking the
 * reference up, and a duplicate answers with the order POV already has; either way a line counts as sent only if
 * that POV order has it. Lines added after POV has the order go as a POV order of their own: reference
 * {@code PR-1003}, then {@code PR-1003-2}, {@code PR-1003-3}… numbered by the POV orders PrintRelay knows for it,
 * so a retry after a lost answer uses the same reference again.
 */
@Component("povSubmitter")
public class PovSubmitter implements VendorGateway {

    private final SubmissionRunner runner;
    private final FulfilmentStore fulfilment;
    private final PovProfile profile;
    private final PovProperties properties;
    private final PovClient client;
    private final ObjectMapper mapper;

    public PovSubmitter(SubmissionRunner runner, FulfilmentStore fulfilment, PovProfile profile,
                        PovProperties properties, PovClient client, ObjectMapper mapper) {
        this.runner = runner;
        this.fulfilment = fulfilment;
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

    /** The reference of the POV order the order's unsent lines go in: the next after those POV already has. */
    @Override
    public String customerOrderId(long orderId) {
        long known = fulfilment.jobs(orderId, PovProfile.ID).stream().map(VendorJob::vendorJobId)
                .filter(Objects::nonNull).distinct().count();
        String reference = properties.orderPrefix() + orderId;
        return known == 0 ? reference : reference + "-" + (known + 1);
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
            List<PrintFile> files = item.prints();
            ObjectNode line = items.addObject().put("sku", item.fieldOrBlank("print_sku"))
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

    /** A 409 names the order that has the reference: only the lines it has are taken. */
    @Override
    public SubmissionAnswer read(VendorHttp.Response response, List<VendorJob> jobs) {
        JsonNode answer = client.json(response);
        if (response.status() != 409) {
            return everyJob(answer.path("status").asText("received"), answer.path("order_id").asText(), jobs);
        }
        String povOrderId = answer.path("order_id").asText();
        VendorHttp.Response existing = client.order(povOrderId);
        if (!existing.isSuccess()) {
            throw new IllegalStateException("POV has the reference as order " + povOrderId + ", but reading that"
                    + " order answered HTTP " + existing.status());
        }
        return linesOf(client.json(existing), "already received", jobs);
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
        return Optional.of(linesOf(order, "confirmed " + order.path("status").asText(""), jobs));
    }

    /**
     * The claimed lines an existing POV order has (by line reference) are at POV with its id; the others are not,
     * whatever the reference says: that order was made without them.
     */
    private static SubmissionAnswer linesOf(JsonNode povOrder, String status, List<VendorJob> jobs) {
        String povOrderId = povOrder.path("order_id").asText();
        Set<String> lines = new HashSet<>();
        povOrder.path("items").forEach(line -> lines.add(line.path("line_reference").asText()));
        Map<String, String> accepted = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        jobs.stream().filter(job -> lines.contains(job.jobName())).forEach(job -> accepted.put(job.jobName(), povOrderId));
        String advice = accepted.isEmpty()
                ? "POV did not take it: that reference belongs to an order PrintRelay does not know; check it at POV"
                + " (printrelay.vendors.pov.order-prefix must be this PrintRelay's own)"
                : "POV did not take it: retry the order to send it as a POV order of its own";
        jobs.stream().filter(job -> !lines.contains(job.jobName())).forEach(job -> missing.put(job.jobName(),
                "POV order " + povOrderId + " (reference " + povOrder.path("reference").asText() + ") does not have"
                        + " this line, so " + advice));
        return new SubmissionAnswer(status, accepted, missing);
    }

    /** A POV order POV just created has every line sent: each carries the POV order id. */
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
