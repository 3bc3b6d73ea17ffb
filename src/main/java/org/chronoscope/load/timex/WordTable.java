package org.chronoscope.load.timex;

import java.util.Locale;

/**
 * A small open-addressed table from lower-case ASCII words to values, looked up straight from a
 * region of the text so the scanner allocates nothing per word.
 */
final class WordTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    WordTable(int capacity) {
        int size = Integer.highestOneBit(Math.max(16, capacity * 4) - 1) << 1;
        keys = new String[size];
        values = new Object[size];
        mask = size - 1;
    }

    void put(String word, V value) {
        String key = word.toLowerCase(Locale.ROOT);
        int slot = hash(key, 0, key.length()) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    @SuppressWarnings("unchecked")
    V get(CharSequence text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        while (keys[slot] != null) {
            if (sameWord(keys[slot], text, start, end)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static boolean sameWord(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        return h ^ (h >>> 15);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
