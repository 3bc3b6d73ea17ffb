package org.chronoscope.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The one bundle of user-facing words ({@code org/chronoscope/messages.properties}, UTF-8): menu and button texts,
 * dialog headers, empty states. {@code {0}}, {@code {1}}… in a message are replaced by the arguments, as written
 * (no MessageFormat quoting rules: apostrophes and quotation marks are plain text). Read once, on first use, with
 * plain {@link Properties} (the ResourceBundle machinery costs a cold start more).
 */
public final class Messages {
    static final String RESOURCE = "/org/chronoscope/messages.properties";

    private Messages() {
    }

    /** The message under {@code key}, its {@code {n}} replaced by the arguments; the key itself when missing. */
    public static String text(String key, Object... args) {
        String s = Bundle.TEXTS.getProperty(key);
        if (s == null) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** The message under {@code key}, or null when the bundle has none (an optional text). */
    public static String optional(String key) {
        return Bundle.TEXTS.getProperty(key);
    }

    private static final class Bundle {
        static final Properties TEXTS = load();

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}
