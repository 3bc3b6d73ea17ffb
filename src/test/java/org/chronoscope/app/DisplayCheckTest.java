package org.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {
    private static final Path GTK = Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0");
    private static final Path X0 = Path.of("/tmp/.X11-unix/X0");

    private static Predicate<Path> files(Path... present) {
        return Set.of(present)::contains;
    }

    @Test
    void no_display_says_to_set_display_or_use_the_command_line() {
        String why = DisplayCheck.problem("Linux", Map.of(), files(GTK, X0));
        assertTrue(why.startsWith("cannot open the window: no display (DISPLAY is not set)"), why);
        assertTrue(why.contains("--export-png"), why);
    }

    @Test
    void a_local_display_without_an_x_server_is_named() {
        String why = DisplayCheck.problem("Linux", Map.of("DISPLAY", ":7"), files(GTK, X0));
        assertTrue(why.startsWith("cannot open the window: no X server is running on display :7"), why);
    }

    @Test
    void missing_gtk_3_says_which_package_to_install() {
        String why = DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0"), files(X0));
        assertTrue(why.contains("GTK 3") && why.contains("apt-get install libgtk-3-0"), why);
    }

    @Test
    void gtk_found_through_ld_library_path_counts() {
        assertNull(DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0", "LD_LIBRARY_PATH", "/opt/gtk/lib"),
                files(X0, Path.of("/opt/gtk/lib/libgtk-3.so.0"))));
    }

    @Test
    void a_display_with_gtk_or_a_remote_display_or_another_system_is_fine() {
        assertNull(DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0.0"), files(GTK, X0)));
        assertNull(DisplayCheck.problem("Linux", Map.of("DISPLAY", "localhost:10.0"), files(GTK)));
        assertNull(DisplayCheck.problem("Mac OS X", Map.of(), files()));
    }
}
