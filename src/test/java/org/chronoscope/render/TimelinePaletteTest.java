package org.chronoscope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The painters' colours are the stylesheet's: read through the palette's styleable properties. */
class TimelinePaletteTest {

    private static String css() throws IOException {
        try (InputStream in = TimelinePalette.class.getResourceAsStream(TimelinePalette.STYLESHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The first value the stylesheet gives a property after a selector starting with {@code selector}. */
    private static Color declared(String css, String selector, String property) {
        int rule = css.indexOf(selector);
        Matcher m = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertTrue(rule >= 0 && m.find(rule), selector + " " + property);
        return Color.web(m.group(1));
    }

    @Test
    void the_light_and_dark_styles_carry_the_stylesheets_colours() throws IOException {
        String css = css();
        assertEquals(declared(css, ".root, .timeline-view", "-cs-accent"), TimelineStyle.light().selection(),
                "the selection is the window's accent");
        assertEquals(declared(css, ".root.dark", "-cs-accent"), TimelineStyle.dark().selection());
        assertEquals(declared(css, "\n.timeline-palette {", "-cs-tl-background"), TimelineStyle.light().background());
        assertEquals(declared(css, "\n.dark .timeline-palette, .timeline-palette.dark {", "-cs-tl-cluster"),
                TimelineStyle.dark().cluster());
        assertFalse(TimelineStyle.light().isDark());
        assertTrue(TimelineStyle.dark().isDark());
    }

    @Test
    void every_colour_is_set_by_the_stylesheet() {
        for (TimelineStyle s : new TimelineStyle[] {TimelineStyle.light(), TimelineStyle.dark()}) {
            for (var c : TimelineStyle.class.getRecordComponents()) {
                if (c.getType() == Color.class) {
                    try {
                        assertFalse(Color.MAGENTA.equals(c.getAccessor().invoke(s)), c.getName() + " is unset");
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    @Test
    void the_accent_is_written_once() throws IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main"))) {
            for (var f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                String text = java.nio.file.Files.readString(f).toLowerCase(java.util.Locale.ROOT);
                if (text.contains("2563eb") || text.contains("58a6ff")) {
                    found.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(java.util.List.of("palette.css"), found);
    }
}
