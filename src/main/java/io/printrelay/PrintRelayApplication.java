package io.printrelay;

import io.printrelay.config.WorkingDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PrintRelayApplication {

    public static void main(String[] args) {
        Optional<String> problem = WorkingDirectory.problem(Path.of(""), args, System.getenv());
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(2);
        }
        SpringApplication.run(PrintRelayApplication.class, args);
    }

    /** Every timestamp PrintRelay writes is UTC, from this one clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
