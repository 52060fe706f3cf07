package io.printrelay.sandbox.pov;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import java.util.Map;

/**
 * Refusals of the simulated POV in POV's envelope ({@code {"error": …}}) rather than the Order Desk API's: it
 * runs before the API's handler, for this package's controllers only.
 */
@RestControllerAdvice(basePackageClasses = PovSimulatorErrorHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PovSimulatorErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PovSimulatorErrorHandler.class);

    @ExceptionHandler(PovApiException.class)
    ResponseEntity<Map<String, String>> refused(PovApiException e) {
        return ResponseEntity.status(e.statusCode()).body(e.body());
    }

    /** A client that stopped waiting for a slow answer (SIM-SLOW) and dropped the connection: nothing to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e) {
        log.debug("POV simulator: the client was gone before the answer ({})", e.getMessage());
    }

    /** Spring's own refusals (a wrong method, say) keep their 4xx status and say what was wrong. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            String detail = refusal.getBody().getDetail();
            return ResponseEntity.status(refusal.getStatusCode())
                    .body(PovApiException.body(detail == null ? String.valueOf(e.getMessage()) : detail));
        }
        log.error("POV simulator request failed", e);
        return ResponseEntity.status(500).body(PovApiException.body(
                "Internal error: " + e.getClass().getSimpleName() + " (see the PrintRelay log)"));
    }
}
