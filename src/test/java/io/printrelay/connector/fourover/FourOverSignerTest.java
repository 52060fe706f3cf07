package io.printrelay.connector.fourover;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FourOverSignerTest {

    /** The test vector of the 4over reference: private key "my-private-key". */
    @Test
    void signsTheMethodAsTheReferenceTestVectorSays() {
        FourOverSigner signer = new FourOverSigner("my-public-key", "my-private-key");

        assertThat(signer.signature("GET")).isEqualTo("2a31bed5a9ddf6b4320af676f591db5e9ac7b44f6b9a633186c94a4e57d3d64f");
        assertThat(signer.signature("POST")).isEqualTo("19fdccc506ddd3315d96e30db03f994b354e819ff588e1459af9e7804eed81bc");
        assertThat(signer.signature("get")).isEqualTo(signer.signature("GET"));
    }

    @Test
    void headerAndQueryCarryThePublicKeyAndTheSignature() {
        FourOverSigner signer = new FourOverSigner("my-public-key", "my-private-key");

        assertThat(signer.authorizationHeader("POST"))
                .isEqualTo("API my-public-key:19fdccc506ddd3315d96e30db03f994b354e819ff588e1459af9e7804eed81bc");
        assertThat(signer.queryParameters("GET"))
                .isEqualTo("apikey=my-public-key&signature=2a31bed5a9ddf6b4320af676f591db5e9ac7b44f6b9a633186c94a4e57d3d64f");
        assertThat(signer.toString()).doesNotContain("my-private-key");
    }
}
