package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.LocalDateTime;

/** One line of an order's history: who wrote it and what happened. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HistoryNote(String sourceName, String note,
                          @JsonFormat(pattern = OrderDates.PATTERN) LocalDateTime dateAdded) {
}
