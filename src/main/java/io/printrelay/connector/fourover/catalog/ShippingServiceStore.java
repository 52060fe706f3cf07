package io.printrelay.connector.fourover.catalog;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The only code that writes fourover_shipping_services: the carrier services 4over's shipping quotes named, so that
 * a Shipping Class Match line naming "FedEx Ground" or "USPS Priority Mail" is sent with 4over's own
 * {@code shipping_code}, not only the six UPS services the connector knows by heart.
 */
@Component
public class ShippingServiceStore {

    public record Service(String serviceName, String serviceCode) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ShippingServiceStore(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
                                Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Keeps each service's latest code; a service already known is updated in place. */
    public void remember(List<Service> services) {
        Timestamp now = Timestamp.from(clock.instant());
        transaction.executeWithoutResult(status -> services.stream()
                .filter(s -> s.serviceName() != null && !s.serviceName().isBlank() && s.serviceCode() != null
                        && !s.serviceCode().isBlank())
                .forEach(s -> {
                    MapSqlParameterSource params = new MapSqlParameterSource("key", key(s.serviceName()))
                            .addValue("name", s.serviceName().trim()).addValue("code", s.serviceCode().trim())
                            .addValue("now", now);
                    if (jdbc.update("UPDATE fourover_shipping_services SET service_name = :name, service_code ="
                            + " :code, seen_at = :now WHERE service_key = :key", params) == 0) {
                        try {
                            jdbc.update("INSERT INTO fourover_shipping_services (service_key, service_name,"
                                    + " service_code, seen_at) VALUES (:key, :name, :code, :now)", params);
                        } catch (org.springframework.dao.DuplicateKeyException raced) {
                            // another quote on another node remembered it at the same moment: same answer
                        }
                    }
                }));
    }

    /** 4over's code for a shipping method by its name, any case. */
    public Optional<String> codeFor(String serviceName) {
        if (serviceName == null || serviceName.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT service_code FROM fourover_shipping_services WHERE service_key = :key",
                Map.of("key", key(serviceName)), String.class).stream().findFirst();
    }

    private static String key(String serviceName) {
        return serviceName.trim().toLowerCase(Locale.ROOT);
    }
}
