package org.chronoscope.load.extract;

import java.util.Arrays;

/** How many times each int was counted: an open-addressing table without boxing (term and entity frequencies). */
final class IntCounts {
    private int[] keys = new int[64];
    private int[] counts = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    void add(int key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            size++;
        }
        counts[i]++;
    }

    int get(int key) {
        int i = slot(key);
        return used[i] ? counts[i] : 0;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        boolean[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldUsed[k]) {
                int i = slot(oldKeys[k]);
                used[i] = true;
                keys[i] = oldKeys[k];
                counts[i] = oldCounts[k];
            }
        }
        Arrays.fill(oldUsed, false);
    }
}
