package io.printrelay.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.printrelay.order.OrderNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Map;

/** Every refusal of the API in Order Desk's error envelope, naming what was wrong. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> refused(ApiException e) {
        return ResponseEntity.status(e.status()).body(Envelope.error(e.getMessage()));
    }

    @ExceptionHandler(OrderNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(OrderNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Envelope.error(capitalized(e.getMessage())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Envelope.error(tooLarge.getMessage()));
            }
        }
        return ResponseEntity.badRequest().body(Envelope.error(describe(e)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName().toLowerCase();
        return ResponseEntity.badRequest()
                .body(Envelope.error(e.getName() + ": '" + e.getValue() + "' is not a valid " + type));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(Envelope.error(e.getParameterName() + ": is required"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchPath(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Envelope.error("No such endpoint: /" + e.getResourcePath()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(Envelope.error("Method " + e.getMethod() + " is not supported here"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        log.error("API request failed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Envelope.error("Internal error: " + e.getClass().getSimpleName() + " (see the PrintRelay log)"));
    }

    /** Jackson knows where in the body it failed: say it the way the JSON reads ({@code order_items[0].price}). */
    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            // "Current token (START_ARRAY) not ...": a value of the wrong kind, which the path below names
            if (t instanceof JsonParseException parse && !String.valueOf(parse.getOriginalMessage())
                    .startsWith("Current token")) {
                return "body: is not valid JSON (" + firstLine(parse.getOriginalMessage()).replaceAll(" \\(start marker.*", "")
                        + " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr()
                        + ")";
            }
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                cause = mapping;
                break;
            }
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path + ": " + problem(mapping);
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return "body: a JSON body is required";
        }
        return "body: " + firstLine(cause.getMessage());
    }

    private static String problem(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "'" + invalid.getValue() + "' is not a valid " + typeName(invalid.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + typeName(mismatched.getTargetType());
        }
        return firstLine(mapping.getOriginalMessage());
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return type == Integer.class || type == Long.class || type == int.class || type == long.class
                    ? "whole number" : "number";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord() || type.getName().startsWith("io.printrelay")) {
            return "object";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date (YYYY-MM-DD HH:MM:SS)";
        }
        return type.getSimpleName().toLowerCase();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String capitalized(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
