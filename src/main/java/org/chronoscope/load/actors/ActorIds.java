package org.chronoscope.load.actors;

import java.text.Normalizer;
import java.util.Locale;

/** Stable actor ids made from names: "Keir Starmer" → "keir-starmer", "Côte d'Ivoire" → "cote-d-ivoire". */
public final class ActorIds {
    private ActorIds() {
    }

    public static String of(String name) {
        String folded = fold(name);
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /** The name with every run of white space made one space ("Jean-Noël\nBarrot" → "Jean-Noël Barrot"). */
    public static String oneSpace(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = !Character.isWhitespace(c) || c == ' ' && (i == 0 || s.charAt(i - 1) != ' ');
        }
        return plain ? s : s.replaceAll("\\s+", " ");
    }

    /** Lower case without accents: the key under which spellings of one name meet ("Zelenskyj" stays itself). */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
