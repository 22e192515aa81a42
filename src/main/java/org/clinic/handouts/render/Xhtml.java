package org.clinic.handouts.render;

import java.util.List;
import org.clinic.handouts.model.Asset;
import org.w3c.dom.Document;

/**
 * The one XHTML view of an article that both the PDF and the EPUB are made from. {@code text} is what the layouts
 * produced, kept for content-derived identifiers; {@link #document()} returns a fresh copy each writer may change;
 * {@code assets} are the images it refers to by file name (logo, QR code).
 */
public record Xhtml(String text, Document source, List<Asset> assets) {

    public Xhtml {
        assets = List.copyOf(assets);
    }

    /** A copy; the PDF and EPUB writers may ask at the same time, and a DOM is not safe to read concurrently. */
    public Document document() {
        synchronized (source) {
            return (Document) source.cloneNode(true);
        }
    }
}
