package org.clinic.handouts.write;

/**
 * Text of the article that no repair could bring onto the page: an article error, which the pipeline reports at
 * the field it came from. {@code field} is a field path ("sections[2]", "takeaway"); {@code paragraph}, when
 * positive, is which of that field's paragraphs (1-based, in the order they are printed) holds the text.
 */
public final class UnprintableText extends RuntimeException {
    private final String field;
    private final int paragraph;

    UnprintableText(String field, int paragraph, String message) {
        super(message, null, false, false);
        this.field = field;
        this.paragraph = paragraph;
    }

    public String field() {
        return field;
    }

    public int paragraph() {
        return paragraph;
    }

    /** The same text, the message prefixed with where it was met (which leaflet). */
    UnprintableText in(String leaflet) {
        return new UnprintableText(field, paragraph, getMessage().replace("off the page", "off the page of " + leaflet));
    }
}
