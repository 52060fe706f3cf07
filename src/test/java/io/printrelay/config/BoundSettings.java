package io.printrelay.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One settings record bound from {@code key=value} settings the way Spring Boot binds it at startup: defaults,
 * relaxed names, then its validation, with an environment of those settings (the installation's checks read
 * {@code printrelay.sandbox.enabled} and {@code spring.profiles.active} there). No application starts.
 */
public final class BoundSettings {

    private BoundSettings() {
    }

    public static <T> T bind(Class<T> type, String... settings) {
        return bind(type, new MockEnvironment(), settings);
    }

    /** Bound from the shipped ./application.yaml (its default profile, no environment variables). */
    public static <T> T bindShipped(Class<T> type) {
        MockEnvironment environment = new MockEnvironment();
        try {
            environment.getPropertySources().addLast(new YamlPropertySourceLoader()
                    .load("application.yaml", new FileSystemResource("application.yaml")).get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bind(type, environment);
    }

    private static <T> T bind(Class<T> type, MockEnvironment environment, String... settings) {
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            environment.setProperty(setting.substring(0, equals), setting.substring(equals + 1));
        }
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(environment);
        context.refresh();
        try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
            validator.setApplicationContext(context);
            validator.afterPropertiesSet();
            return Binder.get(environment).bindOrCreate(prefixOf(type), Bindable.of(type),
                    new ValidationBindHandler(validator));
        } finally {
            context.close();
        }
    }

    /** The keys that stop startup with these settings, e.g. printrelay.api.api-key; fails when none does. */
    public static List<String> refusedKeys(Class<?> type, String... settings) {
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(() -> bind(type, settings)).satisfies(thrown -> failure[0] = thrown);
        return refusedKeys(failure[0]);
    }

    /**
     * The keys a startup failure names, in their dashed form ({@code printrelay.sandbox.podos.page-size}; Spring
     * Boot's report prints a component's own constraints by its Java name, {@code ...podos.pageSize}).
     */
    public static List<String> refusedKeys(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof BindValidationException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            throw new AssertionError("not a binding validation failure", failure);
        }
        return ((BindValidationException) cause).getValidationErrors().getAllErrors().stream()
                .filter(FieldError.class::isInstance).map(FieldError.class::cast)
                .map(error -> error.getObjectName() + "." + DataObjectPropertyName.toDashedForm(error.getField()))
                .toList();
    }

    private static String prefixOf(Class<?> type) {
        return AnnotatedElementUtils.findMergedAnnotation(type, ConfigurationProperties.class).prefix();
    }
}
