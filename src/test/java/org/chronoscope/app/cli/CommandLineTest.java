package org.chronoscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chronoscope.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @Test
    void values_come_typed_whether_written_apart_or_with_an_equals_sign() throws UsageException {
        Arguments a = CommandLine.parse("--export-png", "x.png", "--width=1800", "--from", "2025-11",
                "--to", "2025", "--actor", "Russia", "--actor=us", "--category", "talks", "--dark");
        assertEquals(List.of(Options.EXPORT_PNG), a.commands());
        assertEquals("x.png", a.value(Options.EXPORT_PNG));
        assertEquals(1800, a.value(Options.WIDTH));
        assertEquals(LocalDate.of(2025, 11, 1), a.value(Options.FROM));
        assertEquals(LocalDate.of(2025, 12, 31), a.value(Options.TO));
        assertEquals(List.of("russia", "us"), a.values(Options.ACTOR));
        assertEquals(List.of(Category.TALKS), a.values(Options.CATEGORY));
        assertTrue(a.has(Options.DARK));
        assertFalse(a.has(Options.NO_LEGEND));
        assertNull(a.value(Options.SCALE));
    }

    @Test
    void the_window_opens_on_the_corpus_given_and_on_nothing_else() throws UsageException {
        Arguments a = CommandLine.parse("--corpus", "/data/news");
        assertTrue(Cli.opensWindow(a));
        assertEquals(Path.of("/data/news"), a.value(Options.CORPUS));
        assertTrue(Cli.opensWindow(CommandLine.parse()));
        assertFalse(Cli.opensWindow(CommandLine.parse("--help")));
        assertFalse(Cli.opensWindow(CommandLine.parse("--dump-timex", "-")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--no-such-option | unknown option '--no-such-option'",
            "stray | unexpected argument 'stray'",
            "--corpus | --corpus needs a value (DIR)",
            "--dump-events --dump-timex - | --dump-events needs a value",
            "--corpus a --corpus b | --corpus is given twice",
            "--dark=yes --export-png x.png | --dark takes no value",
            "--width 800 | --width goes with --export-png",
            "--from 2025 | --from goes with --dump-events, --export-timelinejs, --export-csv or --export-png",
            "--dump-timex - --actor us | --actor does not go with --dump-timex",
            "--dump-events - --export-png x.png | --dump-events cannot be combined with --export-png",
            "--dump-events - --category gossip | --category: unknown category \"gossip\""})
    void a_bad_line_is_refused_with_what_is_wrong(String line, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse(line.split(" ")));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void a_bad_option_prints_the_usage_and_the_launcher_exits_2_instead_of_opening_the_window() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertNull(Cli.parse(new String[] {"--no-such-option"}, new PrintStream(err, true, StandardCharsets.UTF_8)));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("chronoscope: unknown option '--no-such-option'\nUsage: "), text);
        assertEquals(2, Cli.run(new String[] {"--no-such-option"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void a_date_range_that_runs_backwards_is_refused_before_anything_loads() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertNull(Cli.parse(new String[] {"--dump-events", "-", "--from", "2025-12", "--to", "2025-11"},
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--to 2025-11-30 is before --from 2025-12-01"));
    }

    @Test
    void help_wins_over_everything_else_on_the_line() throws UsageException {
        assertTrue(CommandLine.parse("--width", "800", "--help").has(Options.HELP));
        assertTrue(CommandLine.parse("-h").has(Options.HELP));
    }

    @Test
    void the_usage_lists_each_option_with_its_value_under_its_heading() {
        String usage = Usage.text();
        assertTrue(usage.contains("\n  --dump-events FILE|-    write the events as JSON"), usage);
        assertTrue(usage.contains("\nWhich events (with --dump-events, --export-timelinejs, --export-csv or"
                + " --export-png):\n  --from DATE"), usage);
        assertTrue(usage.contains("\nThe picture (with --export-png):\n  --width PX"), usage);
        assertTrue(usage.contains("\n  --help, -h              print this usage"), usage);
        assertTrue(usage.contains("Exit status: 0 done; 2 bad options"), usage);
    }
}
