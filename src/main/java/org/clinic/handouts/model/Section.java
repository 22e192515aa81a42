package org.clinic.handouts.model;

import java.util.List;

/** A headed part of the article body; {@code id} is a stable anchor for links and the table of contents. */
public record Section(String id, String heading, List<Paragraph> paragraphs) {
    public Section { paragraphs = List.copyOf(paragraphs); }
}
