package io.printrelay.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ApiConfiguration {

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
