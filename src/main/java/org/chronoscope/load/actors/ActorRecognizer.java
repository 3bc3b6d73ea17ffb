package org.chronoscope.load.actors;

import java.util.List;
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
    private final World world;

    public ActorRecognizer(Gazetteer catalogue, World world) {
        this.catalogue = catalogue;
        this.world = world;
    }

    /** The bundled catalogue and world table. */
    public static ActorRecognizer bundled(List<Problem> problems) {
        Gazetteer catalogue = Gazetteer.bundled(problems);
        return new ActorRecognizer(catalogue, World.bundled(catalogue, problems));
    }

    public ArticleActors recognise(Article article) {
        return new ArticleScan(this, article).read();
    }

    public Gazetteer catalogue() {
        return catalogue;
    }

    World world() {
        return world;
    }

    /** A catalogue actor, else a state or organisation of the world table, or null. */
    Actor known(String id) {
        Actor a = catalogue.actor(id);
        return a != null ? a : world.actor(id);
    }
}
