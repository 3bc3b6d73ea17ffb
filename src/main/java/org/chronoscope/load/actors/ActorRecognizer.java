package org.chronoscope.load.actors;

import java.util.List;
import java.util.function.Supplier;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Article;
import org.chronoscope.model.Problem;

/**
 * Finds the people, states and organisations an English news article names, with or without a catalogue
 * entry. The curated catalogue ({@code assets/actors.json}) comes first; then the world table (countries,
 * demonyms, capitals, organisations); then names read from their context (titles, verbs of saying,
 * appositions, organisation words, acronyms). Its result is a pure function of the article and the tables,
 * so it may be cached per article and run on any thread. Linear in the article's length.
 */
public final class ActorRecognizer {
    private final Gazetteer catalogue;
    private final Supplier<World> worldTable;
    private volatile World world;

    public ActorRecognizer(Gazetteer catalogue, World world) {
        this(catalogue, () -> world);
    }

    private ActorRecognizer(Gazetteer catalogue, Supplier<World> worldTable) {
        this.catalogue = catalogue;
        this.worldTable = worldTable;
    }

    /**
     * The bundled catalogue, and the world table read when the first article is recognised: a load whose articles
     * all come from the cache never builds it (about a third of a cached start's loading).
     */
    public static ActorRecognizer bundled(List<Problem> problems) {
        Gazetteer catalogue = Gazetteer.bundled(problems);
        return new ActorRecognizer(catalogue, () -> World.bundled(catalogue, problems));
    }

    public ArticleActors recognise(Article article) {
        return new ArticleScan(this, article).read();
    }

    public Gazetteer catalogue() {
        return catalogue;
    }

    World world() {
        World w = world;
        if (w == null) {
            synchronized (this) {
                w = world;
                if (w == null) {
                    w = worldTable.get();
                    world = w;
                }
            }
        }
        return w;
    }

    /** A catalogue actor, else a state or organisation of the world table, or null. */
    Actor known(String id) {
        Actor a = catalogue.actor(id);
        return a != null ? a : world.actor(id);
    }
}
