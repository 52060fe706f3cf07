package io.printrelay.order;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.store.*}: where the embedded database keeps its files ({@code spring.datasource.url} in
 * application.yaml is built from it; the {@code postgres} profile replaces that URL).
 *
 * @param dataDir the directory, relative to where PrintRelay runs or absolute; orders survive a restart there
 */
@ConfigurationProperties("printrelay.store")
@Validated
public record StoreProperties(@DefaultValue("./data") @NotBlank String dataDir) {
}
