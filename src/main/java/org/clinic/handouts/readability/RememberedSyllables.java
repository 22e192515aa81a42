package org.clinic.handouts.readability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the count of each word: a library repeats the same few thousand words, and the rules cost far more
 * than a look-up. Bounded: forgotten all at once past {@link #MAX_WORDS}, so a long-running watch cannot grow.
 */
final class RememberedSyllables implements Syllables {
    static final int MAX_WORDS = 200_000;
    private final Syllables rules;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    RememberedSyllables(Syllables rules) {
        this.rules = rules;
    }

    @Override
    public int count(String word) {
        Integer known = counts.get(word);
        if (known != null) {
            return known;
        }
        int n = rules.count(word);
        if (counts.size() >= MAX_WORDS) {
            counts.clear();
        }
        counts.put(word, n);
        return n;
    }
}
