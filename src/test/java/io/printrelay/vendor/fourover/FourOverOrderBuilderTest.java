package io.printrelay.vendor.fourover;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FourOverOrderBuilderTest {

    private final FourOverOrderBuilder builder = new FourOverOrderBuilder(
            new FourOverProperties(true, "test", null, "p", "k", null, null, null, null, null, null, null, null, null,
                    null, null, null, null), new ObjectMapper());

    @Test
    void optionUuidsComeAsAJsonListOrCommaSeparated() {
        assertThat(builder.optionUuids("[\"a-1\", \"b-2\"]")).containsExactly("a-1", "b-2");
        assertThat(builder.optionUuids(" a-1, b-2 ,")).containsExactly("a-1", "b-2");
        assertThat(builder.optionUuids("")).isEmpty();
    }

    @ParameterizedTest(name = "location {0} at position {1} -> {2}")
    @CsvSource(nullValues = "-", value = {"front, 1, fr", "Back, 0, bk", "fr, 1, fr", "bk, 0, bk", "-, 0, fr",
            "-, 1, bk", "sleeve, 0, fr"})
    void printLocationsNameFourOversSides(String location, int position, String side) {
        assertThat(FourOverOrderBuilder.side(location, position)).isEqualTo(side);
    }

    @ParameterizedTest
    @CsvSource({"1, true", "true, true", "yes, true", "0, false", "false, false", "'', false"})
    void flagsReadOrderDeskStyleValues(String value, boolean expected) {
        assertThat(FourOverOrderBuilder.flag(value)).isEqualTo(expected);
    }
}
