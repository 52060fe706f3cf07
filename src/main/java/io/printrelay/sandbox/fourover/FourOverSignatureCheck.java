package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.connector.fourover.FourOverSigner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every simulated 4over request must be signed as 4over requires: the signature of the request's method, either
 * as {@code ?apikey=…&signature=…} or as {@code Authorization: API publicKey:signature}. 4over's docs tie the
 * query form to GET/DELETE and the header to POST, but clients send both everywhere, so either form is enough.
 */
final class FourOverSignatureCheck extends OncePerRequestFilter {

    static final String INVALID_SIGNATURE = "Invalid API key or signature";

    private static final String HEADER_SCHEME = "API ";

    private final FourOverSigner signer;
    private final ObjectMapper mapper;

    FourOverSignatureCheck(FourOverSigner signer, ObjectMapper mapper) {
        this.signer = signer;
        this.mapper = mapper;
    }

    /** The demo's own handles under the simulator's path are not 4over's API: nobody signs them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(SimulatedFourOverFeedController.DEMO_PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String expected = signer.signature(request.getMethod());
        if (signedInQuery(request, expected) || signedInHeader(request, expected)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(401);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), FourOverApiException.body(401, INVALID_SIGNATURE));
    }

    private boolean signedInQuery(HttpServletRequest request, String expected) {
        return same(request.getParameter("apikey"), signer.publicKey())
                && same(request.getParameter("signature"), expected);
    }

    private boolean signedInHeader(HttpServletRequest request, String expected) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, HEADER_SCHEME, 0, HEADER_SCHEME.length())) {
            return false;
        }
        String credentials = header.substring(HEADER_SCHEME.length()).trim();
        int colon = credentials.lastIndexOf(':');
        return colon > 0 && same(credentials.substring(0, colon), signer.publicKey())
                && same(credentials.substring(colon + 1), expected);
    }

    /** Constant time, so that timing does not tell how much of a guessed signature was right. */
    private static boolean same(String given, String expected) {
        return given != null && expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
