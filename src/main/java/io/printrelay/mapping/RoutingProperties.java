package io.printrelay.mapping;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Map;

/**
 * {@code printrelay.routing.code-rules}: item code (or prefix ending in *) to vendor, for items whose print details
 * do not say. YAML keys with special characters need brackets: {@code "[bc-*]": fourover}.
 */
@ConfigurationProperties("printrelay.routing")
@Validated
public record RoutingProperties(Map<String, @NotBlank String> codeRules) {

    public RoutingProperties {
        codeRules = codeRules == null ? Map.of() : codeRules;
    }
}
