package io.printrelay.connector.podos;

import io.printrelay.config.Installation;
import io.printrelay.config.QuartzCron;
import io.printrelay.config.SettingRefusal;
import io.printrelay.config.StartupChecked;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code printrelay.sources.podos.*}: Order Desk's podOS import settings. Outside the sandbox the import needs a
 * project and API token of its own (not the simulator's) to start. The API token is a secret:
 * {@link #toString()} leaves it out.
 */
@ConfigurationProperties("printrelay.sources.podos")
@Validated
public record PodosProperties(boolean enabled, String baseUrl, String project, String apiToken,
                              @QuartzCron String poll, List<String> statusFilter, String orderPrefix,
                              @Valid CountryFilter countryFilter, LocalDate firstImportDate, String folder,
                              boolean syncTracking, @DurationMin(millis = 1) Duration requestTimeout,
                              @DurationMin(millis = 0) Duration fullReadEvery,
                              @DurationMin(millis = 0) Duration incrementalOverlap)
        implements StartupChecked {

    static final String SANDBOX_PROJECT = "printrelay-sandbox";
    static final String SANDBOX_TOKEN = "sandbox-podos-token";

    public PodosProperties {
        statusFilter = statusFilter == null ? List.of() : statusFilter.stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        poll = poll == null ? "0/20 * * * * ?" : poll;
        orderPrefix = orderPrefix == null ? "" : orderPrefix;
        countryFilter = countryFilter == null ? new CountryFilter("standard", List.of()) : countryFilter;
        folder = folder == null || folder.isBlank() ? "New" : folder;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        fullReadEvery = fullReadEvery == null ? Duration.ofMinutes(15) : fullReadEvery;
        incrementalOverlap = incrementalOverlap == null ? Duration.ofSeconds(60) : incrementalOverlap;
    }

    /**
     * Country Filter: {@code standard} imports only orders shipping to {@code countries}, {@code inverted} all but
     * them; an empty list imports every country.
     */
    public record CountryFilter(@Pattern(regexp = "standard|inverted", message = "must be standard or inverted")
                                String mode, List<String> countries) {

        public CountryFilter {
            mode = mode == null || mode.isBlank() ? "standard" : mode.trim().toLowerCase(Locale.ROOT);
            countries = countries == null ? List.of() : countries.stream()
                    .map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
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
    public List<SettingRefusal> refusals(Installation installation) {
        List<SettingRefusal> refusals = new ArrayList<>();
        if (!enabled || installation.sandbox()) {
            return refusals;
        }
        if (project == null || project.isBlank() || SANDBOX_PROJECT.equals(project)) {
            refusals.add(new SettingRefusal("project",
                    "must be set to your podOS project to import from podOS (it is empty or the sandbox default)"));
        }
        if (apiToken == null || apiToken.isBlank() || SANDBOX_TOKEN.equals(apiToken)) {
            refusals.add(new SettingRefusal("apiToken", "must be set to your podOS API token to import from podOS"));
        }
        return refusals;
    }

    @Override
    public String toString() {
        return "PodosProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", project=" + project
                + ", apiToken=(secret), statusFilter=" + statusFilter + ", countryFilter=" + countryFilter + "]";
    }
}
