package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.connector.fourover.FourOverSigner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the signature check in front of every {@code /sandbox/4over} path, unknown ones included. */
@Configuration
@ConditionalOnProperty(name = "printrelay.sandbox.enabled", havingValue = "true", matchIfMissing = true)
public class FourOverSimulatorConfiguration {

    static final String BASE_PATH = "/sandbox/4over";

    @Bean
    FilterRegistrationBean<FourOverSignatureCheck> fourOverSignatureCheck(FourOverSimulatorProperties properties,
                                                                          ObjectMapper mapper) {
        FourOverSigner signer = new FourOverSigner(properties.publicKey(), properties.privateKey());
        FilterRegistrationBean<FourOverSignatureCheck> registration =
                new FilterRegistrationBean<>(new FourOverSignatureCheck(signer, mapper));
        registration.addUrlPatterns(BASE_PATH + "/*");
        registration.setName("fourOverSignatureCheck");
        return registration;
    }
}
