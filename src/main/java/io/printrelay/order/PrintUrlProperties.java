package io.printrelay.order;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.print-urls.*}: which artwork addresses an order may carry.
 *
 * @param refusePrivateAddresses refuse {@code print_url}s at {@code localhost} or a loopback, link-local or private
 *                               IP (on in the {@code live} profile: a vendor cannot fetch from your network)
 */
@ConfigurationProperties("printrelay.print-urls")
@Validated
public record PrintUrlProperties(@DefaultValue("false") boolean refusePrivateAddresses) {
}
