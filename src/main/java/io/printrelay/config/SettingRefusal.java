package io.printrelay.config;

/**
 * One setting this installation cannot start with.
 *
 * @param component the settings record's component, e.g. {@code apiKey}: Spring Boot reports it as its key
 *                  ({@code printrelay.api.api-key}) with its value
 * @param reason    what it must be instead, e.g. "must be set to a key of your own in the live profile"
 */
public record SettingRefusal(String component, String reason) {
}
