package io.printrelay.api;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The signature the carts put on their webhooks (Shopify's {@code X-Shopify-Hmac-Sha256}, WooCommerce's
 * {@code X-WC-Webhook-Signature}): the base64 HMAC-SHA256 of the raw request body, keyed with a shared secret.
 * Checked against the bytes as they came, before anything parses them, and in constant time (a comparison that
 * stops at the first wrong byte tells a caller how much of a forged signature was right).
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The base64 HMAC-SHA256 of {@code body} keyed with {@code secret}: what a cart would send. */
    public static String of(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(mac(secret, body));
    }

    /**
     * Whether {@code signature} (base64, as sent) is the HMAC of {@code body} with {@code secret}. No secret, no
     * signature or one that is not base64 is never valid.
     */
    public static boolean matches(String secret, byte[] body, String signature) {
        if (secret == null || secret.isEmpty() || signature == null || signature.isBlank() || body == null) {
            return false;
        }
        byte[] sent;
        try {
            sent = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, body), sent);
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
