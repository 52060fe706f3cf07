package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.sandbox.fourover.OrderRequest.JobRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks 4over makes on {@code POST /orders}. A problem with the order as a whole refuses the request; a
 * problem with one job fails only that job, so the others still go to print. Every message names the field,
 * because that is what an operator has to fix.
 */
final class OrderRequestValidator {

    private static final List<String> REQUIRED_ADDRESS_FIELDS = List.of("address", "city", "state", "zipcode",
            "country");

    /** What makes 4over refuse the whole request (HTTP 400) before it looks at any job. */
    Optional<String> orderProblem(JsonNode body) {
        if (body == null || !body.isObject()) {
            return Optional.of("body: a JSON object is required");
        }
        OrderRequest order = new OrderRequest(body);
        if (order.orderId().isEmpty()) {
            return Optional.of("order_id is required");
        }
        if (order.jobs().isEmpty()) {
            return Optional.of("jobs: at least one job is required");
        }
        if (!order.isTestOrder()) {
            String token = order.paymentProfileToken();
            if (token.isEmpty()) {
                return Optional.of("payment.profile_token is required unless is_test_order is true");
            }
            if (!SimulatedPaymentProfiles.exists(token)) {
                return Optional.of("payment.profile_token '" + token + "' is not a payment profile of this account");
            }
        }
        return Optional.empty();
    }

    /** Everything wrong with one job, each naming the field. Empty: the job can be printed. */
    List<String> jobProblems(JobRequest job) {
        List<String> problems = new ArrayList<>();
        if (!job.body().isObject()) {
            problems.add("a job must be a JSON object");
        } else {
            checkProduct(job, problems);
            checkFiles(job.node("files"), problems);
            checkShipTo(job.node("ship_to"), problems);
            if (job.dropship() && isEmpty(job.node("ship_from"))) {
                problems.add("ship_from is required when dropship is true");
            }
        }
        return problems;
    }

    private void checkProduct(JobRequest job, List<String> problems) {
        String productUuid = job.text("product_uuid");
        if (productUuid.isEmpty()) {
            problems.add("product_uuid is required");
            return;
        }
        Optional<SimulatedProduct> product = SimulatedCatalog.product(productUuid);
        if (product.isEmpty()) {
            problems.add("product_uuid '" + productUuid + "' is not a product of the catalog");
            return;
        }
        boolean runsizeKnown = checkChoice(job, product.get(), "runsize_uuid", SimulatedCatalog.RUNSIZE_GROUP_NAME,
                "runsize", problems);
        boolean colorspecKnown = checkChoice(job, product.get(), "colorspec_uuid",
                SimulatedCatalog.COLORSPEC_GROUP_NAME, "colorspec", problems);
        checkTurnaround(job, product.get(), runsizeKnown && colorspecKnown, problems);
        checkOptionUuids(job.node("option_uuids"), product.get(), problems);
    }

    private boolean checkChoice(JobRequest job, SimulatedProduct product, String field, String groupName, String noun,
                                List<String> problems) {
        String uuid = job.text(field);
        if (uuid.isEmpty()) {
            problems.add(field + " is required");
            return false;
        }
        if (!product.hasOption(groupName, uuid)) {
            problems.add(field + " '" + uuid + "' is not a " + noun + " of product " + product.productUuid());
            return false;
        }
        return true;
    }

    /** 4over has one turnaround option per runsize and colorspec: the job must name the one of its own pair. */
    private void checkTurnaround(JobRequest job, SimulatedProduct product, boolean pairKnown, List<String> problems) {
        String uuid = job.text("turnaroundtime_uuid");
        if (uuid.isEmpty()) {
            problems.add("turnaroundtime_uuid is required");
            return;
        }
        Optional<ProductOption> turnaround = product.group(SimulatedCatalog.TURNAROUND_GROUP_NAME)
                .filter(group -> group.contains(uuid)).flatMap(group -> product.option(uuid));
        if (turnaround.isEmpty()) {
            problems.add("turnaroundtime_uuid '" + uuid + "' is not a turnaround time of product "
                    + product.productUuid());
            return;
        }
        ProductOption option = turnaround.get();
        if (pairKnown && (!option.runsizeUuid().equals(job.text("runsize_uuid"))
                || !option.colorspecUuid().equals(job.text("colorspec_uuid")))) {
            problems.add("turnaroundtime_uuid '" + uuid + "' is the turnaround for runsize " + option.runsize()
                    + " at " + option.colorspec() + ", not for the job's runsize_uuid and colorspec_uuid");
        }
    }

    private void checkOptionUuids(JsonNode optionUuids, SimulatedProduct product, List<String> problems) {
        if (optionUuids.isMissingNode() || optionUuids.isNull()) {
            return;
        }
        if (!optionUuids.isArray()) {
            problems.add("option_uuids must be a list");
            return;
        }
        Map<OptionGroup, Integer> chosenPerGroup = new LinkedHashMap<>();
        for (JsonNode element : optionUuids) {
            String uuid = OrderRequest.textOf(element);
            Optional<OptionGroup> group = product.groupOf(uuid);
            if (group.isEmpty()) {
                problems.add("option_uuids '" + uuid + "' is not an option of product " + product.productUuid());
            } else {
                chosenPerGroup.merge(group.get(), 1, Integer::sum);
            }
        }
        chosenPerGroup.forEach((group, chosen) -> {
            if (chosen > group.maxoccurs()) {
                problems.add("option_uuids: at most " + group.maxoccurs() + " option of "
                        + group.productOptionGroupName() + " may be chosen, got " + chosen);
            }
        });
    }

    /** Files come as {@code {"fr":…,"bk":…}} or per set as {@code {"set_001":{"files":{"fr":…}}}}. */
    private void checkFiles(JsonNode files, List<String> problems) {
        if (!files.isObject() || files.isEmpty()) {
            problems.add("files.fr is required");
            return;
        }
        if (files.has("fr")) {
            if (OrderRequest.textOf(files.path("fr")).isEmpty()) {
                problems.add("files.fr is required");
            }
            return;
        }
        boolean anySet = false;
        for (Iterator<String> names = files.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("set_")) {
                anySet = true;
                if (OrderRequest.textOf(files.path(name).path("files").path("fr")).isEmpty()) {
                    problems.add("files." + name + ".files.fr is required");
                }
            }
        }
        if (!anySet) {
            problems.add("files.fr is required");
        }
    }

    private void checkShipTo(JsonNode shipTo, List<String> problems) {
        if (!shipTo.isObject()) {
            problems.add("ship_to is required");
            return;
        }
        boolean personNamed = !text(shipTo, "firstname").isEmpty() && !text(shipTo, "lastname").isEmpty();
        if (!personNamed && text(shipTo, "company").isEmpty()) {
            problems.add("ship_to needs firstname and lastname, or company");
        }
        for (String field : REQUIRED_ADDRESS_FIELDS) {
            if (text(shipTo, field).isEmpty()) {
                problems.add("ship_to." + field + " is required");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return OrderRequest.textOf(node.path(field));
    }

    private static boolean isEmpty(JsonNode node) {
        return !node.isObject() || node.isEmpty();
    }
}
