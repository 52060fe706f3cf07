package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One of Order Desk's {@code order_notes}: a note a person or the cart wrote on the order, kept as given. It is the
 * merchant's own record and stays apart from PrintRelay's {@code order_history}. The date is kept as the text the
 * client sent (Order Desk writes {@code 2014-10-08 12:10:00}), so a read–modify–PUT cycle changes nothing.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"date_added", "username", "content"})
public record OrderNote(String dateAdded, String username, String content) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public OrderNote {
    }

    /** Older clients (and PrintRelay before the list) send the notes as one string: it becomes one note. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrderNote ofText(String content) {
        return new OrderNote(null, null, content);
    }

    boolean isEmpty() {
        return isBlank(dateAdded) && isBlank(username) && isBlank(content);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
