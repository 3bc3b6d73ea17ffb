package org.chronoscope.load.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.chronoscope.model.Category;

/** Guesses an extracted event's category from its sentence's words; background when nothing fits. */
final class Categories {
    private record Rule(Category category, Pattern words) {
    }

    private static final Rule[] RULES = {
        rule(Category.DEADLINE, "deadline|by the end of|within the first|ultimatum"),
        rule(Category.SANCTIONS, "sanction\\w*|embargo|tariff\\w*"),
        rule(Category.MILITARY, "drone\\w*|missile\\w*|strik\\w+|troops|forces|army|captur\\w+|occupi\\w+|"
                + "annex\\w*|invasion|offensive|shell\\w*|attack\\w*|seized"),
        rule(Category.LAW, "law|act|treaty|declaration|constitution|congress|legislation|decree"),
        rule(Category.TALKS, "talks|meeting|met|meet|summit|negotiat\\w+|discussions|visit\\w*|travel\\w*|"
                + "phone|call"),
        rule(Category.PLAN, "plan|proposal|draft|framework|points?|counter-proposal|roadmap"),
        rule(Category.STATEMENT, "said|says|told|wrote|stated|announced|stressed|insisted|signalled|signaled|"
                + "confirmed|denied|criticized|criticised|emphasized|reiterated|interview"),
    };

    private Categories() {
    }

    private static Rule rule(Category c, String words) {
        return new Rule(c, Pattern.compile("\\b(?:" + words + ")\\b"));
    }

    static Category of(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.words.matcher(s).find()) {
                return r.category;
            }
        }
        return Category.BACKGROUND;
    }
}
