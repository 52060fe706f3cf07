package io.printrelay.connector.podos;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code printrelay.sources.podos.*}: Order Desk's podOS import settings. The API token is a secret:
 * {@link #toString()} leaves it out.
 */
@ConfigurationProperties("printrelay.sources.podos")
public record PodosProperties(boolean enabled, String baseUrl, String project, String apiToken, String poll,
                              List<String> statusFilter, String orderPrefix, CountryFilter countryFilter,
                              LocalDate firstImportDate, String folder, boolean syncTracking,
                              Duration requestTimeout) {

    public PodosProperties {
        statusFilter = statusFilter == null ? List.of() : statusFilter.stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        orderPrefix = orderPrefix == null ? "" : orderPrefix;
        countryFilter = countryFilter == null ? new CountryFilter("standard", List.of()) : countryFilter;
        folder = folder == null || folder.isBlank() ? "New" : folder;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
    }

    /**
     * Country Filter: {@code standard} imports only orders shipping to {@code countries}, {@code inverted} all but
     * them; an empty list imports every country.
     */
    public record CountryFilter(String mode, List<String> countries) {

        public CountryFilter {
            mode = mode == null || mode.isBlank() ? "standard" : mode.trim().toLowerCase(Locale.ROOT);
            countries = countries == null ? List.of() : countries.stream()
                    .map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
            if (!mode.equals("standard") && !mode.equals("inverted")) {
                throw new IllegalArgumentException("printrelay.sources.podos.country-filter.mode must be standard or"
                        + " inverted, not '" + mode + "'");
            }
        }

        public boolean admits(String country) {
            if (countries.isEmpty()) {
                return true;
            }
            boolean listed = country != null && countries.contains(country.trim().toUpperCase(Locale.ROOT));
            return mode.equals("standard") == listed;
        }
    }

    @Override
    public String toString() {
        return "PodosProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", project=" + project
                + ", apiToken=(secret), statusFilter=" + statusFilter + ", countryFilter=" + countryFilter + "]";
    }
}
