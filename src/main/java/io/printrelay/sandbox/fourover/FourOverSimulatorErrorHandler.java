package io.printrelay.sandbox.fourover;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/**
 * Refusals of the simulated 4over in 4over's envelope rather than the Order Desk API's: it runs before the
 * API's handler, for this package's controllers only.
 */
@RestControllerAdvice(basePackageClasses = FourOverSimulatorErrorHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FourOverSimulatorErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FourOverSimulatorErrorHandler.class);

    @ExceptionHandler(FourOverApiException.class)
    ResponseEntity<Map<String, Object>> refused(FourOverApiException e) {
        return ResponseEntity.status(e.statusCode()).body(e.body());
    }

    /** Spring's own refusals (a missing parameter, say) keep their 4xx status and say what was wrong. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            int status = refusal.getStatusCode().value();
            String detail = refusal.getBody().getDetail();
            return ResponseEntity.status(status).body(FourOverApiException.body(status,
                    detail == null ? e.getMessage() : detail));
        }
        log.error("4over simulator request failed", e);
        return ResponseEntity.status(500).body(FourOverApiException.body(500,
                "Internal error: " + e.getClass().getSimpleName() + " (see the PrintRelay log)"));
    }
}
