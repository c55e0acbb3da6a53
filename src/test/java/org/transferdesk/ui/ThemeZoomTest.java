package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 24, item 16: the text size moves through the offered steps and never leaves 90–150 %. */
class ThemeZoomTest {
    @ParameterizedTest(name = "{0} % is taken as {1} %")
    @CsvSource({"100, 100", "90, 90", "150, 150", "89, 90", "0, 90", "-5, 90", "151, 150", "400, 150",
            "104, 100", "106, 110", "117, 110", "118, 125", "137, 125", "138, 150"})
    void aSavedSizeIsTheNearestOfferedStep(int saved, int taken) {
        assertThat(Theme.nearestZoom(saved)).isEqualTo(taken);
    }

    @ParameterizedTest(name = "from {0} %, {1} step(s) gives {2} %")
    @CsvSource({"100, 1, 110", "110, 1, 125", "125, 1, 150", "150, 1, 150",
            "100, -1, 90", "90, -1, 90", "150, -1, 125", "107, 1, 125", "107, -1, 100"})
    void largerAndSmallerStopAtTheEnds(int from, int direction, int to) {
        assertThat(Theme.zoomStep(from, direction)).isEqualTo(to);
    }
}
