package io.printrelay.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ApiConfiguration {

    /** Unknown fields of an order are skipped and named in a debug line, never refused. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer ignoredFieldsLog() {
        return builder -> builder.postConfigurer(mapper -> mapper.addHandler(new IgnoredFieldsLog()));
    }

    @Bean
    FilterRegistrationBean<ApiGatekeeper> apiGatekeeper(ApiProperties properties, RateLimiter rateLimiter,
                                                        ObjectMapper mapper) {
        FilterRegistrationBean<ApiGatekeeper> registration =
                new FilterRegistrationBean<>(new ApiGatekeeper(properties, rateLimiter, mapper));
        registration.addUrlPatterns("/api/v2/*");
        registration.setName("apiGatekeeper");
        return registration;
    }
}
