package org.chronoscope.load.timex;

import java.time.LocalDate;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.TemporalExpression;

/** Plain-language account of a resolved expression, for tooltips and the dump's readers. */
final class TimexDescriber {

    private TimexDescriber() {
    }

    static String describe(TemporalExpression e) {
        StringBuilder sb = new StringBuilder("'").append(e.text()).append("'");
        if (e.anchor() != null) {
            sb.append(e.rule().endsWith("+speech") ? " spoken on " : " in an article of ").append(DateWords.day(e.anchor()));
        } else if ("UNRESOLVED".equals(e.value())) {
            sb.append(" in an undated article");
        }
        sb.append(": ");
        if (e.from() == null) {
            sb.append(switch (e.value()) {
                case "UNRESOLVED" -> "unresolved (relative, no date to resolve it against)";
                case "PAST_REF" -> "some time in the past, cannot be placed";
                case "FUTURE_REF" -> "some time in the future, cannot be placed";
                case "PRESENT_REF" -> "the present, in general";
                default -> e.value().startsWith("P") ? "a duration (" + e.value() + ")" : e.value();
            });
        } else {
            sb.append(span(e.from(), e.to()));
        }
        return sb.append(" [").append(e.precision().id()).append(", ").append(e.rule()).append("]").toString();
    }

    private static String span(LocalDate from, LocalDate to) {
        return DateWords.days(from, to);
    }
}
