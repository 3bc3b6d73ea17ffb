package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chronoscope.model.Topic;

/**
 * The bundled topic list ({@value #RESOURCE}): each topic with the words and phrases that signal it. Finds the
 * topics of a sentence from its lower-case words in one pass (phrases are looked up by their first word).
 */
public final class Topics {
    public static final String RESOURCE = "/assets/topics.json";

    private final Map<String, Topic> byId = new LinkedHashMap<>();
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private record Phrase(String[] words, Topic topic) {
    }

    private Topics(JsonNode root) {
        for (JsonNode n : root.path("topics")) {
            Topic t = new Topic(Topic.normalise(n.path("id").asText()), n.path("label").asText(""));
            byId.put(t.id(), t);
            for (JsonNode word : n.path("words")) {
                String[] words = word.asText().strip().split("\\s+");
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, t));
            }
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
    }

    private static final class Bundled {
        static final Topics INSTANCE = load();

        private static Topics load() {
            try (InputStream in = Topics.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled topic list " + RESOURCE + " is missing from the build");
                }
                return new Topics(JsonFiles.tree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled list, read once. */
    public static Topics bundled() {
        return Bundled.INSTANCE;
    }

    public List<Topic> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Topic> byId(String id) {
        return Optional.ofNullable(byId.get(Topic.normalise(id)));
    }

    /** The topic with that id: the listed one, or a new one named after its id. */
    public Topic resolve(String id) {
        return byId(id).orElseGet(() -> Topic.of(id));
    }

    /**
     * The topics signalled by a run of words.
     *
     * @param words lower-case words in text order (null entries break phrases: punctuation)
     */
    public Set<Topic> find(String[] words, int count) {
        Set<Topic> out = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            List<Phrase> phrases = words[i] == null ? null : byFirstWord.get(words[i]);
            if (phrases == null) {
                continue;
            }
            for (Phrase p : phrases) {
                if (matches(p.words, words, i, count)) {
                    out.add(p.topic);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matches(String[] phrase, String[] words, int at, int count) {
        if (at + phrase.length > count) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(words[at + k])) {
                return false;
            }
        }
        return true;
    }
}
