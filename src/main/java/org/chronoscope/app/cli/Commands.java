package org.chronoscope.app.cli;

/** Which {@link Command} runs each command option of {@link Options}. */
final class Commands {
    private Commands() {
    }

    static Command of(Option<?> command) {
        if (command == Options.DUMP_EVENTS) {
            return new DumpEventsCommand();
        }
        if (command == Options.DUMP_TIMEX) {
            return new DumpTimexCommand();
        }
        if (command == Options.DUMP_ACTORS) {
            return new DumpActorsCommand();
        }
        if (command == Options.DUMP_TEXT) {
            return new DumpTextCommand();
        }
        if (command == Options.EXPORT_TIMELINEJS) {
            return new ExportTimelineJsCommand();
        }
        if (command == Options.EXPORT_CSV) {
            return new ExportCsvCommand();
        }
        if (command == Options.EXPORT_PNG) {
            return new ExportPngCommand();
        }
        throw new IllegalArgumentException("no command runs " + command);
    }
}
