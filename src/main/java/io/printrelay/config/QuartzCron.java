package io.printrelay.config;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Quartz cron expression ({@code 0/15 * * * * ?}): a mistyped one stops startup naming its key, not the route
 * that would have failed to start with it.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuartzCronValidator.class)
public @interface QuartzCron {

    String message() default "must be a Quartz cron expression, e.g. \"0/15 * * * * ?\"";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
