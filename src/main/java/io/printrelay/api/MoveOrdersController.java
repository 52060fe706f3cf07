package io.printrelay.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.MoveResult;
import io.printrelay.order.OrderStore;
import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /move-orders}: moves orders to a folder named by id or by name, and notes it in their history. */
@RestController
public class MoveOrdersController {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MoveOrdersRequest(List<Long> orderIdList, Long destinationFolderId, String destinationFolderName) {
    }

    /** Where a move to Canceled is announced, so every vendor cancels the order's open jobs. */
    static final String ORDER_CANCELED = "direct:order-canceled";

    private final OrderStore store;
    private final FolderStore folders;
    private final ProducerTemplate camel;

    public MoveOrdersController(OrderStore store, FolderStore folders, ProducerTemplate camel) {
        this.store = store;
        this.folders = folders;
        this.camel = camel;
    }

    @PostMapping("/api/v2/move-orders")
    public Map<String, Object> move(@RequestBody MoveOrdersRequest request) {
        if (request.orderIdList() == null || request.orderIdList().isEmpty()) {
            throw ApiException.badRequest("order_id_list: at least one order id is required");
        }
        Folder destination = destination(request);
        List<Map<String, Object>> results = new ArrayList<>();
        int moved = 0;
        for (Long orderId : request.orderIdList()) {
            MoveResult result = store.moveToFolder(orderId, destination, "API", null);
            moved += result.moved() ? 1 : 0;
            if (result.moved() && destination.name().equals(Folder.CANCELED)) {
                camel.sendBody(ORDER_CANCELED, orderId);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("order_id", String.valueOf(orderId));
            line.put("message", result.message());
            line.put("original_folder_id", result.originalFolderId());
            results.add(line);
        }
        Map<String, Object> body = Envelope.success(moved + (moved == 1 ? " Order Moved" : " Orders Moved"));
        body.put("results", results);
        return body;
    }

    private Folder destination(MoveOrdersRequest request) {
        if (request.destinationFolderId() != null) {
            return folders.byId(request.destinationFolderId()).orElseThrow(() -> ApiException.badRequest(
                    "destination_folder_id: no folder with id " + request.destinationFolderId()));
        }
        if (request.destinationFolderName() != null && !request.destinationFolderName().isBlank()) {
            return folders.byName(request.destinationFolderName()).orElseThrow(() -> ApiException.badRequest(
                    "destination_folder_name: no folder named '" + request.destinationFolderName() + "'"));
        }
        throw ApiException.badRequest("destination_folder_id or destination_folder_name: is required");
    }
}
