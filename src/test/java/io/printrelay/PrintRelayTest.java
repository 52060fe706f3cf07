package io.printrelay;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on random ports with its own in-memory database and the shipped routes/ folder.
 * Test properties go through {@link TestPropertySource} because ./application.yaml (a file outside the jar)
 * outranks any application-test.yaml on the classpath. JMX is switched on explicitly: Spring Boot's test loader
 * turns it off unless {@code @SpringBootTest} itself says otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = PrintRelayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jmx.enabled=true")
@TestPropertySource(locations = "classpath:printrelay-test.properties")
public @interface PrintRelayTest {
}
