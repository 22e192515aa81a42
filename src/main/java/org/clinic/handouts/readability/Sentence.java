package org.clinic.handouts.readability;

import java.util.List;

/** One sentence of a paragraph's text, where it starts in that text, and its counted words. */
public record Sentence(String text, int offset, List<Word> words) {
    public Sentence {
        words = List.copyOf(words);
    }
}
