package org.chronoscope.load;

/** A file's text as read, and a warning about how it was decoded (or null). */
record DecodedText(String text, String warning) {
}
