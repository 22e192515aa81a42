package org.clinic.handouts.render;

import org.w3c.dom.Document;

/**
 * The one XHTML view of an article that both the PDF and the EPUB are made from. {@code text} is what the layouts
 * produced, kept for content-derived identifiers; {@link #document()} returns a fresh copy each writer may change.
 */
public record Xhtml(String text, Document source) {

    public Document document() {
        return (Document) source.cloneNode(true);
    }
}
