package io.printrelay.config;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.quartz.CronExpression;

/** Quartz's own parser decides, so what passes here is what the quartz endpoint accepts. */
public class QuartzCronValidator implements ConstraintValidator<QuartzCron, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && CronExpression.isValidExpression(value.trim());
    }
}
