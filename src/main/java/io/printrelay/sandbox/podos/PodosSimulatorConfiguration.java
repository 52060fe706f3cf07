package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the project and token check in front of every {@code /sandbox/podos} path, unknown ones included. */
@Configuration
@ConditionalOnProperty(name = "printrelay.sandbox.enabled", havingValue = "true", matchIfMissing = true)
public class PodosSimulatorConfiguration {

    /** podOS clients are given {@code <this>/v1} as their base URL, where the real service has {@code https://api.podos.io/v1}. */
    public static final String BASE_PATH = "/sandbox/podos";

    @Bean
    FilterRegistrationBean<PodosAuthCheck> podosAuthCheck(PodosSimulatorProperties properties, ObjectMapper mapper) {
        FilterRegistrationBean<PodosAuthCheck> registration =
                new FilterRegistrationBean<>(new PodosAuthCheck(properties.project(), properties.apiToken(), mapper));
        registration.addUrlPatterns(BASE_PATH + "/*");
        registration.setName("podosAuthCheck");
        return registration;
    }
}
