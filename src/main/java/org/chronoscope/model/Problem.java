package org.chronoscope.model;

/**
 * Something wrong with the input, named precisely enough to fix it.
 *
 * @param severity warning (the rest still loads) or error (this item could not be used)
 * @param file     the file at fault (a path as the user gave it or a file name), or null
 * @param line     1-based line, or 0 when not known
 * @param column   1-based column, or 0 when not known
 * @param message  what is wrong, in one sentence
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    public static Problem warning(String file, String message) {
        return new Problem(Severity.WARNING, file, 0, 0, message);
    }

    public static Problem error(String file, String message) {
        return new Problem(Severity.ERROR, file, 0, 0, message);
    }

    /**
     * "file:line:column: message", leaving out what is unknown; one line, whatever the file's name or the message
     * hold (see {@link OneLine}).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(OneLine.fileName(file));
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        sb.append(severity == Severity.ERROR ? "error: " : "warning: ").append(OneLine.text(message));
        return sb.toString();
    }
}
