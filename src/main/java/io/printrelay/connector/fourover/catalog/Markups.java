package io.printrelay.connector.fourover.catalog;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The selling price of a 4over price: the first markup line whose product code pattern ({@code BC*}, any case) or
 * category name matches the product, else the default; percent first, then the fixed amount.
 */
@Component
public class Markups {

    private final CatalogProperties properties;

    public Markups(CatalogProperties properties) {
        this.properties = properties;
    }

    public CatalogProperties.Markup markupFor(String productCode, String categoryName) {
        for (CatalogProperties.Markup markup : properties.markups()) {
            if (markup.match() != null && !markup.match().isBlank() && productCode != null
                    && glob(markup.match()).matcher(productCode).matches()) {
                return markup;
            }
            if (markup.category() != null && !markup.category().isBlank() && categoryName != null
                    && markup.category().trim().equalsIgnoreCase(categoryName.trim())) {
                return markup;
            }
        }
        return properties.defaultMarkup();
    }

    public static BigDecimal apply(CatalogProperties.Markup markup, BigDecimal price) {
        BigDecimal percent = BigDecimal.ONE.add(markup.percent().movePointLeft(2));
        return price.multiply(percent).add(markup.fixed()).setScale(2, RoundingMode.HALF_UP);
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.trim().split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
