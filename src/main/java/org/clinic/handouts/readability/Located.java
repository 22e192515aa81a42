package org.clinic.handouts.readability;

import java.util.List;
import org.clinic.handouts.model.Position;

/** A sentence with where it starts in the article file, its grade on its own, and its words with theirs. */
public record Located(Sentence sentence, Position at, double grade, List<LocatedWord> words) {
    public Located {
        words = List.copyOf(words);
    }

    public record LocatedWord(Word word, Position at) {}
}
