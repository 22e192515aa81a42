package org.clinic.handouts.load;

import java.util.List;

/**
 * Minutes to read, from the words: editors never type it, so it cannot go stale after an edit. Alphabetic scripts
 * are counted in words; Chinese and Japanese, written without spaces, in characters.
 */
final class ReadingTime {
    /** Words a minute for adults reading health information: slower than the 238 of general non-fiction. */
    static final int WORDS_PER_MINUTE = 200;
    /** Characters a minute for the same readers in Chinese, slower than the 260 of general prose. */
    static final int CHARACTERS_PER_MINUTE = 240;

    private ReadingTime() {}

    static int minutes(List<String> texts) {
        long words = texts.stream().mapToLong(ReadingTime::words).sum();
        long characters = texts.stream().mapToLong(ReadingTime::characters).sum();
        double minutes = (double) words / WORDS_PER_MINUTE + (double) characters / CHARACTERS_PER_MINUTE;
        // Rounded up: "4 min" for a 4.2-minute read under-promises the time a patient needs.
        return (int) Math.max(1, Math.ceil(minutes));
    }

    /** Words of alphabetic scripts: runs between spaces with a letter or digit that is not a counted character. */
    static long words(String text) {
        return text.isBlank() ? 0 : java.util.Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !counted(c))).count();
    }

    /** Characters of scripts read character by character. */
    static long characters(String text) {
        return text.codePoints().filter(ReadingTime::counted).count();
    }

    private static boolean counted(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
