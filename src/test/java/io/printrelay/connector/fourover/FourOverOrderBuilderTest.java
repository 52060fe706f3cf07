package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.mapping.PrintFile;
import io.printrelay.mapping.PrintSides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FourOverOrderBuilderTest {

    private final FourOverOrderBuilder builder = new FourOverOrderBuilder(
            new FourOverProperties(true, "test", null, "p", "k", null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, 16), new ObjectMapper());

    @Test
    void optionUuidsComeAsAJsonListOrCommaSeparated() {
        assertThat(builder.optionUuids("[\"a-1\", \"b-2\"]")).containsExactly("a-1", "b-2");
        assertThat(builder.optionUuids(" a-1, b-2 ,")).containsExactly("a-1", "b-2");
        assertThat(builder.optionUuids("")).isEmpty();
        assertThatThrownBy(() -> builder.optionUuids("[\"a-1\"")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "locations {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "front,back     | fr=f1 bk=f2",
            "Back,FRONT     | fr=f2 bk=f1",
            "fr,bk          | fr=f1 bk=f2",
            "-,-            | fr=f1 bk=f2",       // - : no location; front, then back
            "back,-         | fr=f2 bk=f1",       // the side still free
            "-              | fr=f1",
            "bk             | bk=f1",
    })
    void printLocationsNameFourOversSidesAndFilesWithoutOneTakeTheFreeSide(String locations, String placed) {
        assertThat(place(locations.split(",", -1))).isEqualTo(placed);
    }

    @Test
    void aFileFourOverHasNoSideForIsAProblemNamingItsField() {
        assertThat(place("sleeve")).isEqualTo("print_location_1: 'sleeve' is not a side 4over prints (front, back)");
        assertThat(place("front", "front")).isEqualTo("print_url_2: 'f2' is a second file for the front"
                + " (print_url_1 has it)");
        assertThat(place("-", "-", "-")).isEqualTo("print_url_3: 'f3' has no side left: 4over takes one file for each"
                + " of front, back");
    }

    /** Files f1, f2 … at the given locations ("-": none), as 4over's sides ("fr=f1 bk=f2") or the problems. */
    private static String place(String... locations) {
        List<PrintFile> files = new ArrayList<>();
        for (int i = 0; i < locations.length; i++) {
            files.add(new PrintFile(i + 1, "f" + (i + 1), locations[i].equals("-") ? null : locations[i]));
        }
        PrintSides.Placement placement = FourOverProfile.PRINT_SIDES.place(files, "4over");
        if (!placement.problems().isEmpty()) {
            return String.join("; ", placement.problems());
        }
        List<String> sides = new ArrayList<>();
        placement.bySide().forEach((side, file) -> sides.add(side + "=" + file.url()));
        return String.join(" ", sides);
    }

    @ParameterizedTest
    @CsvSource({"1, true", "true, true", "yes, true", "0, false", "false, false", "'', false"})
    void flagsReadOrderDeskStyleValues(String value, boolean expected) {
        assertThat(FourOverOrderBuilder.flag(value)).isEqualTo(expected);
    }
}
