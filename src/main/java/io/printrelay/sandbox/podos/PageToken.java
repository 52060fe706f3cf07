package io.printrelay.sandbox.podos;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a listing goes on: after the last order of the page before ({@code createdAt}, then {@code id}), for the
 * same filter. Keyed on the last order rather than an offset so that a page is neither skipped nor read twice
 * while orders change under the reader: an order fulfilled between two pages of {@code status=processing}
 * leaves the listing without moving the others up. Clients see only an opaque string.
 */
record PageToken(Instant lastCreatedAt, String lastId, String filterFingerprint) {

    static final String INVALID = "Invalid pageToken";

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    static PageToken after(PodosOrder last, OrderFilter filter) {
        return new PageToken(last.createdAt(), last.id(), filter.fingerprint());
    }

    String encoded() {
        // The id goes last: it is the one part that could contain the separator.
        String text = String.join("|", VERSION, lastCreatedAt.toString(), filterFingerprint, lastId);
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws PodosApiException 400 {@value #INVALID} for a token this listing did not hand out */
    static PageToken decode(String token, OrderFilter filter) {
        try {
            String[] parts = new String(DECODER.decode(token), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length == 4 && parts[0].equals(VERSION) && parts[2].equals(filter.fingerprint())
                    && !parts[3].isEmpty()) {
                return new PageToken(Instant.parse(parts[1]), parts[3], parts[2]);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // falls through to the refusal: a garbled token is the client's mistake, not the simulator's
        }
        throw PodosApiException.badRequest(INVALID);
    }
}
