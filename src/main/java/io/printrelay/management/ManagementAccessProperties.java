package io.printrelay.management;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.management.*}: who may read actuator on the HTTP port (see {@link ManagementAccess}).
 *
 * @param remoteAccess let clients that are not on this host read all of actuator (a Prometheus scraping the pods):
 *                     off by default, when only the probes answer them
 */
@ConfigurationProperties("printrelay.management")
@Validated
public record ManagementAccessProperties(@DefaultValue("false") boolean remoteAccess) {
}
