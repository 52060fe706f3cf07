package io.printrelay.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.management.CamelReadiness;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
public class ApiConfiguration {

    /** First of the API's filters: while PrintRelay starts, nothing else is worth doing (not even metering). */
    @Bean
    FilterRegistrationBean<ApiStartupGate> apiStartupGate(ObjectProvider<CamelReadiness> camel,
                                                          ObjectMapper mapper) {
        FilterRegistrationBean<ApiStartupGate> registration =
                new FilterRegistrationBean<>(new ApiStartupGate(camel, mapper));
        // the carts' webhooks too: a 503 while PrintRelay starts is one they deliver again
        registration.addUrlPatterns("/api/v2/*", "/webhooks/*");
        registration.setName("apiStartupGate");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> apiRequestSizeLimit(ApiProperties properties, ObjectMapper mapper) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(properties.maxBodySize().toBytes(), mapper));
        registration.addUrlPatterns("/api/v2/*", "/webhooks/*");
        registration.setName("apiRequestSizeLimit");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }

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
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
