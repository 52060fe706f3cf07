package io.printrelay;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PrintRelayApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrintRelayApplication.class, args);
    }

    /** Every timestamp PrintRelay writes is UTC, from this one clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
