package io.printrelay.config;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The constraint behind {@link StartupChecked}: its refusals in this installation, one violation per setting. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StartupCheckValidator.class)
public @interface StartupCheck {

    String message() default "cannot start with these settings";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
