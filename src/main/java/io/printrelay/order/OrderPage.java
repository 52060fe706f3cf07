package io.printrelay.order;

import java.util.List;

/** One page of a filtered order list and the number of orders matching the filter in total. */
public record OrderPage(long totalRecords, List<Order> orders) {
}
