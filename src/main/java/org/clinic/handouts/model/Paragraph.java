package org.clinic.handouts.model;

import java.util.List;

public record Paragraph(List<Inline> content) {
    public Paragraph { content = List.copyOf(content); }
}
