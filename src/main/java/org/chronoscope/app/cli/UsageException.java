package org.chronoscope.app.cli;

/** A bad command line (exit status 2); the message says what is wrong, naming the option. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
