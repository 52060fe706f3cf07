package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A catalog category as 4over lists it under {@code /printproducts/categories}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Category(String categoryUuid, String categoryName, String categoryDescription) {
}
