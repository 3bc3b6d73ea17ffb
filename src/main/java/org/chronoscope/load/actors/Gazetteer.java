package org.chronoscope.load.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoscope.load.JsonFiles;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Place;
import org.chronoscope.model.Problem;

/**
 * The curated catalogue of actors and places ({@value #RESOURCE}): ids, names, sides, colours and every spelling
 * met in text. Aliases match whole words, longest first ({@link PhraseTable}); a capital city that is also a
 * state's alias ("Moscow") names the government unless a place preposition comes before it ("in Moscow"), when
 * it is only the place. Mentions are found by {@link ActorRecognizer}.
 */
public final class Gazetteer {
    public static final String RESOURCE = "/assets/actors.json";
    /** Words after which a capital city is the place, not its government ("in Moscow"). */
    public static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "into", "near",
            "toward", "towards", "via", "visit", "visited", "outside", "around", "across");

    private final List<Actor> actors;
    private final List<Place> places;
    private final Map<String, Actor> byId = new HashMap<>();
    private final PhraseTable<Alias> aliases = new PhraseTable<>();

    /** What an alias names; a capital city that is also a state's alias names it as a government. */
    public record Alias(String entityId, EntityKind kind, boolean capitalOfState) {
    }

    public Gazetteer(List<Actor> actors, List<Place> places) {
        this.actors = List.copyOf(actors);
        this.places = List.copyOf(places);
        for (Place p : places) {
            p.aliases().forEach(a -> aliases.add(a, new Alias(p.id(), EntityKind.PLACE, false)));
        }
        for (Actor a : actors) {
            byId.putIfAbsent(a.id(), a);
            boolean state = a.kind() != ActorKind.PERSON;
            a.aliases().forEach(al -> aliases.add(al, new Alias(a.id(), EntityKind.ACTOR, state && isCapital(al))));
        }
    }

    private static boolean isCapital(String alias) {
        return alias.equals("Moscow") || alias.equals("Kyiv") || alias.equals("Kiev") || alias.equals("Washington");
    }

    /** Every alias of the catalogue's actors and places. */
    public PhraseTable<Alias> aliases() {
        return aliases;
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

    public static Gazetteer parse(JsonNode root) {
        List<Actor> actors = new ArrayList<>();
        for (JsonNode n : root.path("actors")) {
            actors.add(new Actor(n.path("id").asText(), n.path("name").asText(),
                    ActorKind.valueOf(n.path("kind").asText("organisation").toUpperCase(Locale.ROOT)),
                    n.path("role").asText(""), n.path("side").asText("other"), JsonFiles.text(n, "affiliation"),
                    JsonFiles.strings(n.path("aliases")), n.path("color").asText("#7b7f8c"), ActorOrigin.CATALOGUE));
        }
        List<Place> places = new ArrayList<>();
        for (JsonNode n : root.path("places")) {
            places.add(new Place(n.path("id").asText(), n.path("name").asText(), JsonFiles.strings(n.path("aliases"))));
        }
        return new Gazetteer(actors, places);
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Place> places() {
        return places;
    }

    public boolean hasActor(String id) {
        return byId.containsKey(id);
    }

    /** The catalogue's actor of that id, or null. */
    public Actor actor(String id) {
        return byId.get(id);
    }

    public boolean hasPlace(String id) {
        return places.stream().anyMatch(p -> p.id().equals(id));
    }
}
