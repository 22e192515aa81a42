package org.clinic.handouts.readability;

/** A counted word: as written (without surrounding punctuation), where it starts in its text, its syllables. */
public record Word(String text, int offset, int syllables, int letters) {
    public Word(String text, int offset, int syllables) {
        this(text, offset, syllables, (int) text.codePoints().filter(Character::isLetter).count());
    }
}
