package io.printrelay.api;

import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.OrderDates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /test} and {@code GET /store}: the connection check and the store's settings with its folders. */
@RestController
@RequestMapping("/api/v2")
public class StoreController {

    private final FolderStore folderStore;
    private final ApiProperties properties;
    private final Clock clock;

    public StoreController(FolderStore folderStore, ApiProperties properties, Clock clock) {
        this.folderStore = folderStore;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/test")
    public Map<String, Object> test() {
        Map<String, Object> body = Envelope.success("Connection Successful");
        body.put("current_date_time", OrderDates.now(clock).format(DateTimeFormatter.ofPattern(OrderDates.PATTERN)));
        return body;
    }

    @GetMapping("/store")
    public Map<String, Object> store() {
        Map<String, String> folders = new LinkedHashMap<>();
        for (Folder folder : folderStore.all()) {
            folders.put(String.valueOf(folder.id()), folder.name());
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("id", properties.storeId());
        settings.put("name", properties.storeName());
        settings.put("folders", folders);
        return Envelope.success("Store Found", "store", settings);
    }
}
