package org.chronoscope.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.chronoscope.model.Corpus;

/**
 * What a command runs with: the parsed line, the corpus folder and its corpus (loaded once for all the commands
 * of the line, its problems already reported), and the two output streams.
 */
public record CommandRun(Arguments args, Path folder, Corpus corpus, PrintStream out, PrintStream err) {
}
