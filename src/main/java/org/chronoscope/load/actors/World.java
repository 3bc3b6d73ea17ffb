package org.chronoscope.load.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoscope.load.JsonFiles;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.Problem;

/**
 * The states and organisations any story may name, beyond the curated catalogue: every country the JDK knows
 * (its English name) with the demonyms, capitals and other names of {@value #RESOURCE}, international
 * organisations, state bodies that stand for their state, and news outlets (which report, and are no actors).
 * A state or organisation the catalogue also lists takes the catalogue's id, so "American" is "us".
 */
public final class World {
    public static final String RESOURCE = "/assets/world.json";

    /** What a phrase of the world table is. */
    public enum Kind { STATE, DEMONYM, CAPITAL, ORGANISATION, STATE_BODY, OUTLET }

    /** A phrase's meaning: its kind and the actor it names (null for an outlet). */
    public record Entry(Kind kind, String actorId) {
    }

    private final PhraseTable<Entry> phrases = new PhraseTable<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Set<String> givenNames = new HashSet<>();

    private World() {
    }

    /** The bundled table, its ids joined to the catalogue's. */
    public static World bundled(Gazetteer catalogue, List<Problem> problems) {
        InputStream in = World.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            problems.add(Problem.error("world.json", "the bundled world table is missing from the build"));
            return new World();
        }
        return JsonFiles.read(in, "assets/world.json", problems).map(root -> parse(root, catalogue))
                .orElseGet(World::new);
    }

    static World parse(JsonNode root, Gazetteer catalogue) {
        World w = new World();
        Map<String, String> catalogueIds = new HashMap<>();
        for (Actor a : catalogue.actors()) {
            if (a.kind() != ActorKind.PERSON) {
                catalogueIds.put(a.id(), a.id());
                a.aliases().forEach(alias -> catalogueIds.putIfAbsent(alias, a.id()));
            }
        }
        Set<String> notStates = new HashSet<>();
        root.path("notStates").forEach(n -> notStates.add(n.asText()));
        Map<String, String> stateIds = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>(List.of(Locale.getISOCountries()));
        root.path("states").fieldNames().forEachRemaining(codes::add);
        for (String code : codes) {
            if (notStates.contains(code)) {
                continue;
            }
            JsonNode n = root.path("states").path(code);
            String name = n.hasNonNull("name") ? n.get("name").asText() : jdkName(code);
            if (name.isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(name));
            String jdk = jdkName(code);
            if (!jdk.isEmpty() && !names.contains(jdk)) {
                names.add(jdk);
            }
            JsonFiles.strings(n.path("aliases")).stream().filter(s -> !names.contains(s)).forEach(names::add);
            String id = names.stream().map(catalogueIds::get).filter(x -> x != null).findFirst()
                    .orElse(ActorIds.of(name));
            stateIds.put(code, id);
            w.actors.putIfAbsent(id, new Actor(id, name, ActorKind.STATE, "", Actor.NO_SIDE, null, names,
                    Sides.NO_SIDE_COLOR, ActorOrigin.DISCOVERED));
            names.forEach(s -> w.phrases.add(s, new Entry(Kind.STATE, id)));
            JsonFiles.strings(n.path("demonyms")).forEach(s -> w.phrases.add(s, new Entry(Kind.DEMONYM, id)));
            JsonFiles.strings(n.path("capitals")).forEach(s -> w.phrases.add(s, new Entry(Kind.CAPITAL, id)));
        }
        for (JsonNode n : root.path("organisations")) {
            String name = n.path("name").asText();
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(JsonFiles.strings(n.path("aliases")));
            String own = n.path("id").asText(ActorIds.of(name));
            String id = catalogueIds.containsKey(own) ? own : names.stream().map(catalogueIds::get)
                    .filter(x -> x != null).findFirst().orElse(own);
            w.actors.putIfAbsent(id, new Actor(id, name, ActorKind.ORGANISATION, "", Actor.NO_SIDE,
                    JsonFiles.text(n, "affiliation"), names, Sides.NO_SIDE_COLOR, ActorOrigin.DISCOVERED));
            names.forEach(s -> w.phrases.add(s, new Entry(Kind.ORGANISATION, id)));
            names.stream().map(Initials::titleCase).filter(s -> s != null && !names.contains(s))
                    .forEach(s -> w.phrases.add(s, new Entry(Kind.ORGANISATION, id)));
        }
        root.path("stateBodies").fields().forEachRemaining(e -> {
            String state = stateIds.get(e.getKey());
            if (state != null) {
                e.getValue().forEach(b -> w.phrases.add(b.asText(), new Entry(Kind.STATE_BODY, state)));
            }
        });
        root.path("outlets").forEach(o -> w.phrases.add(o.asText(), new Entry(Kind.OUTLET, null)));
        root.path("givenNames").forEach(g -> w.givenNames.add(g.asText()));
        return w;
    }

    /** The JDK's English name, made fit for text: "Bosnia & Herzegovina" → "Bosnia and Herzegovina". */
    private static String jdkName(String code) {
        String n = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        if (n.equals(code)) {
            return "";
        }
        n = n.replace(" & ", " and ").replaceAll("\\s*\\(.*\\)", "").replace(" SAR China", "");
        return n.startsWith("St. ") ? "Saint " + n.substring(4) : n;
    }

    public PhraseTable<Entry> phrases() {
        return phrases;
    }

    /** The state or organisation of that id, as the world table knows it, or null. */
    public Actor actor(String id) {
        return actors.get(id);
    }

    /** True for a country's name that is also a first name ("Jordan Bardella", "Israel Katz"). */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }
}
