package io.printrelay.connector.fourover.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 4over's spellings of one group all read as the same kind; any other group is an option group. */
class FourOverCatalogGroupNamesTest {

    @ParameterizedTest
    @CsvSource({"Runsize,RUNSIZE", "Runsizes,RUNSIZE", "RUNSIZE,RUNSIZE", "Colorspec,COLORSPEC",
            "Color Spec,COLORSPEC", "Turn-Around,TURNAROUND", "Turn Around Time,TURNAROUND",
            "Turnaround-times,TURNAROUND", "Coating,OPTION", "Slits,OPTION", "'',OPTION"})
    void eachVariantReadsAsItsKind(String name, GroupKind kind) {
        assertThat(GroupKind.of(name)).isEqualTo(kind);
    }
}
