package org.chronoscope.load.actors;

/**
 * The words an article writes in lower case, kept as 64-bit hashes of their letters in an open-addressing table,
 * so that filling it allocates nothing per word. Asked about a capitalised word opening a sentence: seen in
 * lower case elsewhere, it is a common word ("Protests erupted… the protests"), not a name.
 */
final class LowerCaseWords {
    private long[] slots = new long[256];
    private int size;

    /** Adds every word of text[from, to) that starts with a lower-case letter. */
    void addFrom(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                i++;
                continue;
            }
            boolean lower = c >= 'a' && c <= 'z' || c >= 128 && Character.isLowerCase(c);
            long h = SEED;
            while (isLetter(c)) {
                h = mix(h, c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : Character.toLowerCase(c));
                if (++i == to) {
                    break;
                }
                c = text.charAt(i);
            }
            if (lower) {
                add(h);
            }
        }
    }

    /** {@link Character#isLetter(char)}, answering ASCII without the Unicode tables. */
    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    /** True when the article writes this word (given in lower case) in lower case somewhere. */
    boolean contains(String lowerWord) {
        long h = SEED;
        for (int i = 0; i < lowerWord.length(); i++) {
            h = mix(h, lowerWord.charAt(i));
        }
        h = nonZero(h);
        int mask = slots.length - 1;
        for (int k = (int) (h ^ h >>> 32) & mask; slots[k] != 0; k = k + 1 & mask) {
            if (slots[k] == h) {
                return true;
            }
        }
        return false;
    }

    private static final long SEED = 0xcbf29ce484222325L;

    private static long mix(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    private void add(long hash) {
        long h = nonZero(hash);
        if (size * 2 >= slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long o : old) {
                if (o != 0) {
                    insert(o);
                }
            }
        }
        insert(h);
    }

    private void insert(long h) {
        int mask = slots.length - 1;
        int k = (int) (h ^ h >>> 32) & mask;
        while (slots[k] != 0) {
            if (slots[k] == h) {
                return;
            }
            k = k + 1 & mask;
        }
        slots[k] = h;
        size++;
    }
}
