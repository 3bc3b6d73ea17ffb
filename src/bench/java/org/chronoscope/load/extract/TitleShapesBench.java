package org.chronoscope.load.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The headline writer and the not-event rules on hostile sentences (issue 12's shapes, as one sentence each): a
 * dated sentence ending in n full stops, with n quotation marks, n apostrophes, n commas before relative pronouns,
 * n parentheses, n dashes. Time per thousand characters at 10k, 100k and 1M characters: flat when linear.
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.chronoscope.load.extract.TitleShapesBench</pre>
 */
public final class TitleShapesBench {
    private TitleShapesBench() {
    }

    private record Shape(String name, IntFunction<String> sentence) {
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(
                new Shape("full stops", n -> "On Friday the talks ended" + ".".repeat(n) + " and resumed."),
                new Shape("quotation marks", n -> "On Friday the talks ended " + "\"".repeat(n) + " and resumed."),
                new Shape("apostrophes", n -> "On Friday the talks ended " + "'".repeat(n) + " and resumed."),
                new Shape("curly quotes", n -> "\u201cOn Friday " + "\u201c\u2018".repeat(n / 2) + " the talks ended."),
                new Shape("relative clauses", n -> "Zelensky, who " + ", who".repeat(n / 5) + " met Trump on Monday."),
                new Shape("parentheses", n -> "Talks (on Monday " + "(".repeat(n / 2) + ")".repeat(n / 2) + " ended."),
                new Shape("dashes", n -> "Talks - on Monday " + " - x".repeat(n / 4) + " ended."),
                new Shape("said", n -> "Officials said on Monday that " + "he said, ".repeat(n / 9) + "talks ended."));
        for (int warm = 0; warm < 3; warm++) {
            for (Shape s : shapes) {
                run(s.sentence.apply(10_000));
            }
        }
        System.out.printf(Locale.ROOT, "%-18s %12s %12s %12s   (microseconds per 1,000 characters)%n", "shape", "10k", "100k",
                "1M");
        for (Shape s : shapes) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s", s.name));
            for (int n : new int[] {10_000, 100_000, 1_000_000}) {
                String sentence = s.sentence.apply(n);
                long t0 = System.nanoTime();
                int reps = Math.max(1, 2_000_000 / sentence.length());
                for (int r = 0; r < reps; r++) {
                    run(sentence);
                }
                double micros = (System.nanoTime() - t0) / 1e3 / reps / (sentence.length() / 1000.0);
                row.append(String.format(Locale.ROOT, " %12.2f", micros));
            }
            System.out.println(row);
        }
    }

    private static void run(String sentence) {
        Words w = Words.of(sentence);
        NotEvents.reason(w, List.of(new int[] {3, 9}));
        EventTitles.write(w, List.of(new int[] {3, 9}), 3, List.of(), EventTitles.Antecedents.NONE);
    }
}
