package io.printrelay.connector.fourover;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Signs a request the 4over route is about to send, as the known-good clients do: {@code apikey} and
 * {@code signature} in the query ({@code CamelHttpQuery}, after the route's own parameters) and {@code Authorization: API public:signature}, both for
 * the method in {@code CamelHttpMethod}. The private key never leaves {@link FourOverSigner}.
 */
@Component("fourOverSigner")
public class FourOverRequestSigner {

    private final FourOverSigner signer;

    public FourOverRequestSigner(FourOverProperties properties) {
        this.signer = new FourOverSigner(properties.publicKey(), properties.privateKey());
    }

    public void sign(Exchange exchange) {
        String method = exchange.getMessage().getHeader(Exchange.HTTP_METHOD, "GET", String.class);
        // a route's own query (a feed page's max and offset) comes first; the credentials follow it
        String query = exchange.getMessage().getHeader(Exchange.HTTP_QUERY, "", String.class);
        exchange.getMessage().setHeader(Exchange.HTTP_QUERY, (query.isBlank() ? "" : query + "&")
                + signer.queryParameters(method));
        exchange.getMessage().setHeader("Authorization", signer.authorizationHeader(method));
    }
}
