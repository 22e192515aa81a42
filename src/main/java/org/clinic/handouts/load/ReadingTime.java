package org.clinic.handouts.load;

import java.util.List;

/** Minutes to read, from the words: editors never type it, so it cannot go stale after an edit. */
final class ReadingTime {
    /** Words a minute for adults reading health information: slower than the 238 of general non-fiction. */
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {}

    static int minutes(List<String> texts) {
        long words = texts.stream().mapToLong(ReadingTime::words).sum();
        // Rounded up: "4 min" for a 4.2-minute read under-promises the time a patient needs.
        return (int) Math.max(1, Math.ceil((double) words / WORDS_PER_MINUTE));
    }

    static long words(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).findAny().isEmpty() ? 0
                : java.util.Arrays.stream(text.strip().split("\\s+"))
                        .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }
}
