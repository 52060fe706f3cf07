package io.printrelay.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing setting into Spring Boot's "APPLICATION FAILED TO START" text, naming what to set. */
public class MissingSettingFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + cause.setting() + " in application.yaml or the environment variable "
                        + cause.environmentVariable() + ", then start again.", cause);
    }
}
