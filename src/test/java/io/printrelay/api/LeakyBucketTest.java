package io.printrelay.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeakyBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void startsFullAndRefillsAtTheConfiguredRate() {
        LeakyBucket bucket = new LeakyBucket(20, 3, 0);
        for (int i = 0; i < 20; i++) {
            assertThat(bucket.take(0).allowed()).isTrue();
        }
        LeakyBucket.Take refused = bucket.take(0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        // one second later three tokens came back: three more requests pass, the fourth does not
        assertThat(bucket.take(SECOND).remaining()).isEqualTo(2);
        assertThat(bucket.take(SECOND).allowed()).isTrue();
        assertThat(bucket.take(SECOND).allowed()).isTrue();
        assertThat(bucket.take(SECOND).allowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        LeakyBucket bucket = new LeakyBucket(20, 3, 0);
        bucket.take(0);
        assertThat(bucket.take(3600 * SECOND).remaining()).isEqualTo(19);
    }

    @Test
    void retryAfterSaysHowLongUntilTheNextToken() {
        LeakyBucket bucket = new LeakyBucket(1, 0.1, 0);
        bucket.take(0);
        assertThat(bucket.take(0).retryAfterSeconds()).isEqualTo(10);
        assertThat(bucket.take(5 * SECOND).retryAfterSeconds()).isEqualTo(5);
    }
}
