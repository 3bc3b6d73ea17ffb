package org.chronoscope.model.annotation;

import java.time.LocalDate;
import java.util.Objects;

/** What a note is attached to: an event, a day, or a range of days. */
public sealed interface AnnotationAnchor {

    /** First day the anchor covers, or null for an event anchor (its date comes from the event). */
    LocalDate from();

    /** Last day the anchor covers (inclusive), or null for an event anchor. */
    LocalDate to();

    /** The note belongs to one event, by its id; it is detached when the event no longer exists. */
    record OnEvent(String eventId) implements AnnotationAnchor {
        public OnEvent {
            Objects.requireNonNull(eventId, "eventId");
        }

        @Override
        public LocalDate from() {
            return null;
        }

        @Override
        public LocalDate to() {
            return null;
        }
    }

    /** The note belongs to one day. */
    record OnDate(LocalDate date) implements AnnotationAnchor {
        public OnDate {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public LocalDate from() {
            return date;
        }

        @Override
        public LocalDate to() {
            return date;
        }
    }

    /** The note belongs to the days from {@code from} to {@code to}, both included. */
    record OnRange(LocalDate from, LocalDate to) implements AnnotationAnchor {
        public OnRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("range ends " + to + " before it starts " + from);
            }
        }
    }

    static AnnotationAnchor event(String eventId) {
        return new OnEvent(eventId);
    }

    static AnnotationAnchor date(LocalDate date) {
        return new OnDate(date);
    }

    /** A range; a one-day range becomes a date anchor. */
    static AnnotationAnchor range(LocalDate from, LocalDate to) {
        return from.equals(to) ? new OnDate(from) : new OnRange(from, to);
    }
}
