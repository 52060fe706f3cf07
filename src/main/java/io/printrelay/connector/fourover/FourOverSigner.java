package io.printrelay.connector.fourover;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 4over's request signature: {@code hex(HMAC-SHA256(key = hex(SHA-256(privateKey)), message = HTTP method))}.
 * The HMAC key is the 64-character lowercase hex string of the digest, not its 32 raw bytes, and only the
 * method is signed (no path, body or timestamp), so one signature per method serves every request.
 */
public final class FourOverSigner {

    private final String publicKey;
    private final byte[] hmacKey;

    public FourOverSigner(String publicKey, String privateKey) {
        this.publicKey = publicKey;
        this.hmacKey = hex(sha256(privateKey)).getBytes(StandardCharsets.US_ASCII);
    }

    public String signature(String method) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            return hex(mac.doFinal(method.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** {@code Authorization: API publicKey:signature}, the header form 4over reads on POST/PUT/PATCH. */
    public String authorizationHeader(String method) {
        return "API " + publicKey + ":" + signature(method);
    }

    /** {@code apikey=…&signature=…}, the query form 4over reads on GET/DELETE. */
    public String queryParameters(String method) {
        return "apikey=" + publicKey + "&signature=" + signature(method);
    }

    public String publicKey() {
        return publicKey;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "FourOverSigner[publicKey=" + publicKey + ", privateKey=(secret)]";
    }
}
