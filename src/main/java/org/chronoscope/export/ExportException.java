package org.chronoscope.export;

/** An export that cannot be done, with a message for the user saying why (the file, the size, the limit). */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
