package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Place;
import org.chronoscope.model.Problem;

/**
 * Known actors and places, and the finder of their mentions in text. Aliases match whole words, longest first;
 * a capital city that is also a state's alias ("Moscow") names the government unless a place preposition
 * comes before it ("in Moscow"), when it is only the place.
 */
public final class Gazetteer {
    public static final String RESOURCE = "/assets/actors.json";
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "into", "near",
            "toward", "towards", "via", "visit", "visited", "outside", "around", "across");

    private final List<Actor> actors;
    private final List<Place> places;
    private final Map<String, List<Alias>> byFirstToken = new HashMap<>();

    private record Alias(String entityId, EntityKind kind, String[] tokens, boolean capitalOfState) {
    }

    public Gazetteer(List<Actor> actors, List<Place> places) {
        this.actors = List.copyOf(actors);
        this.places = List.copyOf(places);
        for (Place p : places) {
            p.aliases().forEach(a -> add(p.id(), EntityKind.PLACE, a, false));
        }
        for (Actor a : actors) {
            boolean state = a.kind() != ActorKind.PERSON;
            a.aliases().forEach(al -> add(a.id(), EntityKind.ACTOR, al, state && isCapital(al)));
        }
        byFirstToken.values().forEach(l -> l.sort((x, y) -> y.tokens.length - x.tokens.length));
    }

    private static boolean isCapital(String alias) {
        return alias.equals("Moscow") || alias.equals("Kyiv") || alias.equals("Kiev") || alias.equals("Washington");
    }

    private void add(String id, EntityKind kind, String alias, boolean capital) {
        String[] tokens = Tokens.of(alias).stream().map(t -> alias.substring(t[0], t[1])).toArray(String[]::new);
        if (tokens.length == 0) {
            return;
        }
        byFirstToken.computeIfAbsent(tokens[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new Alias(id, kind, tokens, capital));
    }

    /** The bundled gazetteer ({@value #RESOURCE}). */
    public static Gazetteer bundled(List<Problem> problems) {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            problems.add(Problem.error("actors.json", "the bundled actors file is missing from the build"));
            return new Gazetteer(List.of(), List.of());
        }
        return JsonFiles.read(in, "assets/actors.json", problems).map(Gazetteer::parse)
                .orElseGet(() -> new Gazetteer(List.of(), List.of()));
    }

    static Gazetteer parse(JsonNode root) {
        List<Actor> actors = new ArrayList<>();
        for (JsonNode n : root.path("actors")) {
            actors.add(new Actor(n.path("id").asText(), n.path("name").asText(),
                    ActorKind.valueOf(n.path("kind").asText("organisation").toUpperCase(Locale.ROOT)),
                    n.path("role").asText(""), n.path("side").asText("other"), JsonFiles.text(n, "affiliation"),
                    strings(n.path("aliases")), n.path("color").asText("#7b7f8c")));
        }
        List<Place> places = new ArrayList<>();
        for (JsonNode n : root.path("places")) {
            places.add(new Place(n.path("id").asText(), n.path("name").asText(), strings(n.path("aliases"))));
        }
        return new Gazetteer(actors, places);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Place> places() {
        return places;
    }

    public boolean hasActor(String id) {
        return actors.stream().anyMatch(a -> a.id().equals(id));
    }

    public boolean hasPlace(String id) {
        return places.stream().anyMatch(p -> p.id().equals(id));
    }

    /** Every mention in text[from, to), in text order; an alias of both a place and an actor yields both. */
    public List<Mention> find(String article, String text, int from, int to) {
        List<int[]> tokens = Tokens.of(text, from, to);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int[] t = tokens.get(i);
            List<Alias> candidates = byFirstToken.get(text.substring(t[0], t[1]).toLowerCase(Locale.ROOT));
            if (candidates == null) {
                continue;
            }
            int longest = 0;
            String placeId = null;
            String actorId = null;
            boolean capital = false;
            for (Alias a : candidates) {
                if (a.tokens.length < longest || !matches(a, text, tokens, i)) {
                    continue;
                }
                longest = a.tokens.length;
                if (a.kind == EntityKind.PLACE && placeId == null) {
                    placeId = a.entityId;
                } else if (a.kind == EntityKind.ACTOR && actorId == null) {
                    actorId = a.entityId;
                    capital = a.capitalOfState;
                }
            }
            if (longest == 0) {
                continue;
            }
            int start = t[0];
            int end = tokens.get(i + longest - 1)[1];
            String shown = text.substring(start, end);
            if (placeId != null) {
                out.add(new Mention(placeId, EntityKind.PLACE, article, start, end, shown));
            }
            if (actorId != null && !(capital && afterPlacePreposition(text, tokens, i))) {
                out.add(new Mention(actorId, EntityKind.ACTOR, article, start, end, shown));
            }
            i += longest - 1;
        }
        return out;
    }

    private static boolean matches(Alias a, String text, List<int[]> tokens, int at) {
        if (at + a.tokens.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < a.tokens.length; k++) {
            int[] t = tokens.get(at + k);
            if (k > 0 && !Tokens.joinable(text, tokens.get(at + k - 1)[1], t[0])) {
                return false;
            }
            String want = a.tokens[k];
            boolean caseFree = want.equals(want.toLowerCase(Locale.ROOT));
            if (t[1] - t[0] != want.length() || !text.regionMatches(caseFree, t[0], want, 0, want.length())) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterPlacePreposition(String text, List<int[]> tokens, int i) {
        if (i == 0) {
            return false;
        }
        int[] prev = tokens.get(i - 1);
        return PLACE_PREPOSITIONS.contains(text.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT));
    }
}
