package io.printrelay.fulfilment;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code printrelay.nodes.*}: how the PrintRelay processes on one database tell that one of them is gone, so that
 * the jobs it was sending are settled at once (see {@link Nodes}).
 *
 * @param heartbeat how often a node says it is alive (the {@code node-heartbeat} route)
 * @param timeout   a node on another host silent this long is gone; on the same host a node is gone as soon as
 *                  its process is. At least twice the heartbeat, so that one slow heartbeat is not taken for death.
 */
@ConfigurationProperties("printrelay.nodes")
@Validated
public record NodeProperties(@DefaultValue("5s") @DurationMin(millis = 100) Duration heartbeat,
                             @DefaultValue("20s") @DurationMin(millis = 200) Duration timeout) {

    public NodeProperties {
        if (heartbeat != null && timeout != null && timeout.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("printrelay.nodes.timeout (" + timeout + ") must be at least twice"
                    + " printrelay.nodes.heartbeat (" + heartbeat + "): a single late heartbeat would make a live"
                    + " node look gone");
        }
    }
}
