package io.printrelay.api;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static io.printrelay.api.OrdersApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The real leaky bucket over HTTP: 20 requests pass, the 21st is told when to come back. */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.api.rate-limit.bucket-size=20",
        "printrelay.api.rate-limit.refill-per-second=0.01"})
class RateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void anEmptyBucketAnswers429WithRetryAfter() {
        ApiClient api = ApiClient.sandbox(port);
        for (int i = 19; i >= 0; i--) {
            ApiClient.Response response = api.get("/test");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Tokens-Remaining")).hasValue(String.valueOf(i));
        }

        ApiClient.Response refused = api.get("/test");

        assertError(refused, 429, "Rate limit exceeded");
        assertThat(refused.headers().firstValue("X-Tokens-Remaining")).hasValue("0");
        assertThat(refused.headers().firstValue("X-Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 100L));
    }
}
