package io.printrelay.config;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.Locale;

/**
 * Turns a record's refusals into violations on its components, which Spring Boot reports by key and value (named
 * in their dashed form: a class-level violation keeps the name it is given, and the report should show
 * {@code printrelay.api.api-key}, the key as written). Each
 * reason is completed with the environment variable that sets the key, where secrets usually come from.
 * Spring Boot creates it with the application's {@link Environment}.
 */
public class StartupCheckValidator implements ConstraintValidator<StartupCheck, StartupChecked> {

    private final Environment environment;

    public StartupCheckValidator(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean isValid(StartupChecked settings, ConstraintValidatorContext context) {
        if (settings == null) {
            return true;
        }
        List<SettingRefusal> refusals = settings.refusals(Installation.of(environment));
        if (refusals.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (SettingRefusal refusal : refusals) {
            String reason = refusal.reason() + environmentVariableHint(settings.getClass(), refusal.component());
            context.buildConstraintViolationWithTemplate(literal(reason))
                    .addPropertyNode(DataObjectPropertyName.toDashedForm(refusal.component())).addConstraintViolation();
        }
        return false;
    }

    /** "; set it in application.yaml or as PRINTRELAY_API_API_KEY" for printrelay.api's apiKey. */
    static String environmentVariableHint(Class<?> settingsType, String component) {
        ConfigurationProperties bound = AnnotatedElementUtils.findMergedAnnotation(settingsType,
                ConfigurationProperties.class);
        if (bound == null) {
            return "";
        }
        String key = bound.prefix() + "." + DataObjectPropertyName.toDashedForm(component);
        return "; set it in application.yaml or as " + key.replace('.', '_').replace('-', '_')
                .toUpperCase(Locale.ROOT);
    }

    /** A reason is plain text, not a message template: braces, dollars and backslashes stay as written. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
