package io.printrelay.fulfilment;

import io.printrelay.order.OrderDates;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only code that writes {@code nodes}: this process's row (written before any route starts, so no job is claimed
 * in the name of a node the others cannot see), its heartbeat, and which nodes are gone. A node is gone when its
 * heartbeat is older than {@code printrelay.nodes.timeout}, or at once when it ran on this host and its process is
 * no more: a restart after {@code kill -9} finds its former self gone at startup. A container restarted in its pod
 * keeps its host name and often its pid (1): a row with this host and this pid that is not a node of this JVM is
 * such a former self. Nodes that share a host name are assumed to share its process table (processes on one
 * machine, or one container each with a host name of its own, as Kubernetes gives pods).
 */
@Component
public class Nodes {

    private static final Logger log = LoggerFactory.getLogger(Nodes.class);

    /** The nodes of this JVM (tests start several application contexts in one): alive while they are here. */
    private static final Set<String> OF_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Duration timeout;
    private final String host;
    private final long pid;
    private final String id;

    public Nodes(NamedParameterJdbcTemplate jdbc, Clock clock, NodeProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeout = settings.timeout();
        this.host = hostName();
        this.pid = ProcessHandle.current().pid();
        this.id = host + "/" + pid + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This node: what its claims are recorded under. */
    public String id() {
        return id;
    }

    @PostConstruct
    void join() {
        OF_THIS_JVM.add(id);
        insert(now());
        log.info("Node {} works on this database", id);
    }

    /** This node is alive; a row deleted meanwhile (it was taken for gone) is written again. */
    public void heartbeat() {
        LocalDateTime now = now();
        if (jdbc.update("UPDATE nodes SET last_seen = :now WHERE node_id = :id", Map.of("now", now, "id", id)) == 0) {
            log.warn("Node {} was taken for gone (no heartbeat for {}): the jobs it was sending then were settled"
                    + " by another node; it works on", id, timeout);
            insert(now);
        }
    }

    @PreDestroy
    void leave() {
        jdbc.update("DELETE FROM nodes WHERE node_id = :id", Map.of("id", id));
        OF_THIS_JVM.remove(id);
    }

    /** The nodes of this JVM: alive whatever their heartbeat says (a test's clock may have moved on). */
    public Set<String> ofThisJvm() {
        return Set.copyOf(OF_THIS_JVM);
    }

    /** Nodes seen later than this are alive, unless {@link #goneOnThisHost()} says otherwise. */
    public LocalDateTime aliveSince() {
        return now().minus(timeout);
    }

    /** The nodes of this host whose process is gone, though their heartbeat may look recent. */
    public List<String> goneOnThisHost() {
        return jdbc.query("SELECT node_id, pid FROM nodes WHERE host = :host AND node_id <> :id",
                Map.of("host", host, "id", id), (rs, row) -> {
                    String node = rs.getString("node_id");
                    long itsPid = rs.getLong("pid");
                    boolean gone = itsPid == pid ? !OF_THIS_JVM.contains(node)
                            : ProcessHandle.of(itsPid).map(p -> !p.isAlive()).orElse(true);
                    return gone ? node : null;
                }).stream().filter(node -> node != null).toList();
    }

    /** Forgets the rows of nodes that are gone, once what they were sending is settled. */
    public void forget(Collection<String> gone) {
        jdbc.update("DELETE FROM nodes WHERE last_seen < :since AND node_id NOT IN (:ofThisJvm)",
                new MapSqlParameterSource("since", aliveSince()).addValue("ofThisJvm", ofThisJvm()));
        if (!gone.isEmpty()) {
            jdbc.update("DELETE FROM nodes WHERE node_id IN (:gone)", new MapSqlParameterSource("gone", gone));
        }
    }

    private void insert(LocalDateTime now) {
        jdbc.update("INSERT INTO nodes (node_id, host, pid, started_at, last_seen) VALUES (:id, :host, :pid, :now,"
                + " :now)", new MapSqlParameterSource("id", id).addValue("host", host).addValue("pid", pid)
                .addValue("now", now));
    }

    private LocalDateTime now() {
        return OrderDates.now(clock);
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 150 ? name.substring(0, 150) : name;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
