package org.chronoscope.app;

/** The options {@link Cli} acts on itself; a command line with --export-png goes to {@link ExportCommand}. */
record CliArgs(String corpus, String dumpEvents, String dumpTimex, boolean help) {

    static CliArgs parse(String[] args) {
        String corpus = null;
        String dumpEvents = null;
        String dumpTimex = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
                continue;
            }
            if (Cli.EXPORT_ONLY.contains(a)) {
                throw new IllegalArgumentException("option " + a + " goes with --export-png");
            }
            if (!a.equals("--corpus") && !a.equals("--dump-events") && !a.equals("--dump-timex")) {
                throw new IllegalArgumentException(a.startsWith("-") ? "unknown option '" + a + "'"
                        : "unexpected argument '" + a + "'");
            }
            if (i + 1 >= args.length || (args[i + 1].startsWith("--") && !args[i + 1].equals("-"))) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--corpus" -> corpus = v;
                case "--dump-events" -> dumpEvents = v;
                default -> dumpTimex = v;
            }
        }
        return new CliArgs(corpus, dumpEvents, dumpTimex, help);
    }
}
