package org.chronoscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Corpus folders of a given size in the shapes that once took time growing with the square of the input
 * (issue 12), and ordinary news text to compare them with. Shared by the scaling benchmark ({@link ScalingBench},
 * 1 to 50 MB) and the reliability tests (a few kilobytes); any stage of loading can be timed on them.
 *
 * <p>Each shape gives file name → content; sizes are in characters and approximate (whole units).</p>
 */
public enum HostileShapes {
    NEWS("ordinary news: real sentences in paragraphs, dated") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, news(chars, "\n\n"));
        }
    },
    SINGLE_NEWLINES("news laid out with single newlines: every paragraph one line") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, news(chars, "\n"));
        }
    },
    ONE_LINE("news on a single line, dated") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, news(chars, " "));
        }
    },
    ON_TUESDAY("'on Tuesday' repeated on one line, dated") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, repeat("on Tuesday ", chars));
        }
    },
    QUOTED_DATES("dates inside quotations, each said on a day, one line") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, repeat("\u201cWe meet on Monday, again on Tuesday and on Wednesday,\u201d she said "
                    + "on Tuesday. ", chars));
        }
    },
    OPEN_QUOTE("a quotation opened and never closed, then dates on one line") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, "\u201c" + repeat("on Tuesday ", chars));
        }
    },
    FULL_STOPS("a dated sentence ending in 80,000 full stops, then more words; repeated") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, repeat("On Friday the talks ended" + ".".repeat(80_000) + " and resumed.\n\n",
                    chars));
        }
    },
    QUOTATION_MARKS("a dated sentence with 100,000 quotation marks inside it; repeated") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, repeat("On Friday the talks ended " + "\"".repeat(100_000) + " and resumed.\n\n",
                    chars));
        }
    },
    APOSTROPHES("a dated sentence with 100,000 apostrophes inside it; repeated") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, repeat("On Friday the talks ended " + "'".repeat(100_000) + " and resumed.\n\n",
                    chars));
        }
    },
    REPEATED_PARAGRAPH("one paragraph printed again and again (a caption repeated)") {
        @Override
        Map<String, String> files(long chars) {
            return article(DATED, repeat("Delegations arrive in Geneva on Sunday for the talks.\n\n", chars));
        }
    },
    TINY_PARAGRAPHS("tiny paragraphs, undated") {
        @Override
        Map<String, String> files(long chars) {
            return article("", repeat("A.\n\n", chars));
        }
    },
    CATALOGUE("an events.json whose every entry has a problem (an unknown actor)") {
        @Override
        Map<String, String> files(long chars) {
            Map<String, String> out = article(DATED, "On Friday, the talks in Geneva ended.\n");
            StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"events\": [\n");
            for (int i = 0; sb.length() < chars; i++) {
                sb.append(i == 0 ? "" : ",\n").append("    {\n      \"id\": \"event-").append(i)
                        .append("\",\n      \"title\": \"Talks\",\n      \"category\": \"talks\",\n")
                        .append("      \"date\": {\"expression\": \"On Friday\", \"article\": \"article.txt\"},\n")
                        .append("      \"actors\": [\"nobody-").append(i).append("\"],\n")
                        .append("      \"sources\": [{\"article\": \"article.txt\", \"quote\": \"the talks in "
                                + "Geneva ended\"}]\n    }");
            }
            out.put("events.json", sb.append("\n  ]\n}\n").toString());
            return out;
        }
    };

    private static final String DATED = "published: 2025-11-28\n\n";
    private static List<String> sentences;

    private final String description;

    HostileShapes(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The shape's name as the benchmark prints it: {@code single-newlines}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** File name → content, about {@code chars} characters in all. */
    abstract Map<String, String> files(long chars);

    /** Writes the shape of about {@code chars} characters into {@code folder} (UTF-8). */
    public void writeTo(Path folder, long chars) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> f : files(chars).entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
    }

    /** The text of the shape's article (without the catalogue). */
    public String articleText(long chars) {
        return files(chars).get("article.txt");
    }

    private static Map<String, String> article(String header, String body) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("article.txt", header + body);
        return out;
    }

    /** Whole units, at least one, even when one is longer than {@code chars}. */
    private static String repeat(String unit, long chars) {
        return unit.repeat((int) Math.max(1, chars / unit.length()));
    }

    /** Real news sentences (the seeds'), shuffled with a fixed seed, joined by spaces into paragraphs. */
    static String news(long chars, String paragraphBreak) {
        List<String> pool = new ArrayList<>(sentences());
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, chars + 1000));
        while (sb.length() < chars) {
            Collections.shuffle(pool, random);
            for (String s : pool) {
                sb.append(s).append(random.nextInt(4) == 0 ? paragraphBreak : " ");
                if (sb.length() >= chars) {
                    break;
                }
            }
        }
        return sb.toString();
    }

    private static synchronized List<String> sentences() {
        if (sentences == null) {
            Path seeds = Path.of(System.getProperty("chronoscope.seeds", "seeds"));
            List<String> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String s : Files.readString(p).split("(?<=[.!?])\\s+|\\n+")) {
                        if (s.strip().length() > 20) {
                            out.add(s.strip());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the news shape needs the seeds folder", e);
            }
            sentences = List.copyOf(out);
        }
        return sentences;
    }
}
