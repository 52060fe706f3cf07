package io.printrelay.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Order Desk writes dates as "2014-10-08 12:10:00"; PrintRelay keeps them in UTC. */
public final class OrderDates {

    public static final String PATTERN = "yyyy-MM-dd HH:mm:ss";

    private OrderDates() {
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
