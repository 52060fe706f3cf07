package io.printrelay.connector.orderdesk;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.sources.api.*}: orders created through the REST API, Order Desk's "send to URL".
 *
 * @param notifyUrl shipped orders are POSTed here, signed with {@code X-Order-Desk-Hash}; empty: off
 */
@ConfigurationProperties("printrelay.sources.api")
@Validated
public record ApiSourceProperties(@Pattern(regexp = "|https?://\\S+",
        message = "must be empty (off) or an http or https URL") String notifyUrl) {

    public ApiSourceProperties {
        notifyUrl = notifyUrl == null ? "" : notifyUrl.trim();
    }
}
