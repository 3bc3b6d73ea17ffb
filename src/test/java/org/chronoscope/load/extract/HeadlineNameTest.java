package org.chronoscope.load.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The short name a headline gives a person: the one word the articles call them by, else surname or full name. */
class HeadlineNameTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            // the articles' own short form, wherever it stands in the name
            "Vladimir Putin | Vladimir Putin,Putin | Putin",
            "Xi Jinping | Xi Jinping,Xi | Xi",
            "Hun Manet | Hun Manet,Hun | Hun",
            "Orban Viktor | Orban Viktor,Orban | Orban",
            "Tiffany Wong Wing-sze | Tiffany Wong Wing-sze,Tiffany Wong,Wong | Wong",
            // no short form written: a first word of three letters or fewer may be a family name, keep it whole
            "Hun Manet | Hun Manet | Hun Manet",
            "Kim Jong Un | Kim Jong Un | Kim Jong Un",
            "Lee Jae-myung | Lee Jae-myung | Lee Jae-myung",
            "Keir Starmer | Keir Starmer | Starmer",
            "S. Jaishankar | S. Jaishankar | Jaishankar",
    })
    void a_person_is_named_the_way_the_articles_shorten_the_name(String name, String aliases, String expected) {
        Actor a = new Actor("x", name.strip(), ActorKind.PERSON, "", Actor.NO_SIDE, null,
                List.of(aliases.strip().split(",")), "#000000", ActorOrigin.DISCOVERED);
        assertEquals(expected, ArticleExtractor.headlineName(a, name.strip(), true));
    }
}
