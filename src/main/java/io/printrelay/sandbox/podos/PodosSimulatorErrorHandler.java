package io.printrelay.sandbox.podos;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/**
 * Refusals of the simulated podOS in podOS's envelope ({@code {"error": …}}) rather than the Order Desk API's:
 * it runs before the API's handler, for this package's controllers only.
 */
@RestControllerAdvice(basePackageClasses = PodosSimulatorErrorHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PodosSimulatorErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PodosSimulatorErrorHandler.class);

    @ExceptionHandler(PodosApiException.class)
    ResponseEntity<Map<String, String>> refused(PodosApiException e) {
        return ResponseEntity.status(e.statusCode()).body(e.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(PodosApiException.body("Invalid JSON body"));
    }

    /** Spring's own refusals (a wrong method, say) keep their 4xx status and say what was wrong. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            String detail = refusal.getBody().getDetail();
            return ResponseEntity.status(refusal.getStatusCode())
                    .body(PodosApiException.body(detail == null ? String.valueOf(e.getMessage()) : detail));
        }
        log.error("podOS simulator request failed", e);
        return ResponseEntity.status(500).body(PodosApiException.body(
                "Internal error: " + e.getClass().getSimpleName() + " (see the PrintRelay log)"));
    }
}
