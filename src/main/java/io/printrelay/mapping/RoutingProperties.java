package io.printrelay.mapping;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * {@code printrelay.routing.code-rules}: item code (or prefix ending in *) to vendor, for items whose print details
 * do not say. YAML keys with special characters need brackets: {@code "[bc-*]": fourover}.
 */
@ConfigurationProperties("printrelay.routing")
public record RoutingProperties(Map<String, String> codeRules) {
}
