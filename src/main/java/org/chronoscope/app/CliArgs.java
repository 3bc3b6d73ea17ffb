package org.chronoscope.app;

/** The options {@link Cli} itself acts on; the export options are checked for shape only, then left to the export. */
record CliArgs(String corpus, String dumpEvents, String dumpTimex, String exportPng, boolean help) {

    static CliArgs parse(String[] args) {
        String corpus = null;
        String dumpEvents = null;
        String dumpTimex = null;
        String exportPng = null;
        boolean help = false;
        boolean exportOption = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
                continue;
            }
            if (!Cli.VALUED.contains(a)) {
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
                case "--dump-timex" -> dumpTimex = v;
                case "--export-png" -> exportPng = v;
                default -> exportOption = true;
            }
        }
        if (exportOption && exportPng == null) {
            throw new IllegalArgumentException("options " + String.join(", ", Cli.EXPORT_ONLY)
                    + " go with --export-png");
        }
        return new CliArgs(corpus, dumpEvents, dumpTimex, exportPng, help);
    }
}
