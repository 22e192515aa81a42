package org.clinic.handouts.readability;

import java.util.List;

/**
 * A part of the article read on its own: the intro, one section, the clinic's view, the questions or the
 * takeaway. {@code field} is the article field ({@code sections[2]}), {@code title} the heading when it has one.
 */
public record Part(String field, String title, Counts counts, double grade, List<Located> sentences) {
    public Part {
        sentences = List.copyOf(sentences);
    }
}
