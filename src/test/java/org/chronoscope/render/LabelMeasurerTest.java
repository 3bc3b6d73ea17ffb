package org.chronoscope.render;

import javafx.scene.text.Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long labels are cut to the longest prefix that fits with its ellipsis (TestFX starts the toolkit first). */
class LabelMeasurerTest {
    private static final double MAX = 120;

    @ParameterizedTest
    @ValueSource(strings = {
        "Jared Kushner, left, and Steve Witkoff, at the White House before the talks in Geneva",
        "Deadline: the US wants the war ended before the end of the year",
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
        "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
        "Short start, then a very long run of words that cannot all fit in the width given to one label"})
    void a_cut_label_fits_and_one_more_character_would_not(String label) {
        LabelMeasurer m = new LabelMeasurer(Font.font("System", 12), MAX);
        LabelMeasurer.Fitted f = m.fit(label);
        assertTrue(f.text().endsWith("…"), f.text());
        assertTrue(f.width() <= MAX, f.text() + " is " + f.width() + " px");
        assertEquals(m.measure(f.text()), f.width(), 1e-9, "the width given is the text's");
        String kept = f.text().substring(0, f.text().length() - 1);
        assertTrue(label.startsWith(kept), "a prefix of the label: " + kept);
        int n = label.indexOf(kept) + kept.length();
        while (n < label.length() && Character.isWhitespace(label.charAt(n))) {
            n++;
        }
        String longer = label.substring(0, n + 1).stripTrailing() + "…";
        assertTrue(m.measure(longer) > MAX, "one character more would still fit: " + longer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Geneva talks", "US–Ukraine talks in Berlin"})
    void a_label_that_fits_is_kept_whole(String label) {
        LabelMeasurer m = new LabelMeasurer(Font.font("System", 12), 400);
        assertEquals(label, m.fit(label).text());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 9, 10, 99, 100, 20061, 999_999, Integer.MAX_VALUE, -5, Integer.MIN_VALUE})
    void digits_are_those_of_the_number_written_out(int n) {
        assertEquals(String.valueOf(n).length(), LabelMeasurer.digits(n));
    }
}
