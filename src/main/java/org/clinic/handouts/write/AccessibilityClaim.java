package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinic.handouts.render.Labels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The EPUB Accessibility 1.1 metadata of one book, worked out from what its chapters really contain (images and
 * their text alternatives, cited sources, asides) rather than asserted: the package lists it as schema.org
 * properties, and the summary says it in words from the label catalogue.
 */
record AccessibilityClaim(List<String> accessModes, List<String> sufficientModes, List<String> features,
                          String summary) {
    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    /** {@code document} is the EPUB's XHTML after {@link EpubSemantics}; the generated cover is one more image. */
    static AccessibilityClaim of(Document document, int sourceCount, Labels.Accessibility words) {
        List<Element> all = Chapter.descendants(document.getDocumentElement()).stream()
                .filter(e -> isInChapter(e)).toList();
        List<Element> images = all.stream().filter(e -> e.getLocalName().equals("img")).toList();
        boolean everyImageDescribed = images.stream().allMatch(i -> !i.getAttribute("alt").isBlank());
        boolean asides = all.stream().anyMatch(e -> e.getLocalName().equals("aside"));
        int imageCount = images.size() + 1;

        List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder",
                "displayTransformability"));
        List<String> sentences = new ArrayList<>(List.of(words.structure()));
        if (everyImageDescribed) {
            features.add("alternativeText");
            sentences.add(Labels.fill(words.images(), Map.of("count", imageCount)));
        }
        if (sourceCount > 0) {
            sentences.add(Labels.fill(words.sources(), Map.of("count", sourceCount)));
        }
        if (asides) {
            sentences.add(words.asides());
        }
        sentences.addAll(List.of(words.links(), words.hazards(), words.conformance()));
        // Every image has a text alternative, so text alone suffices; sighted readers get both.
        List<String> sufficient = everyImageDescribed ? List.of("textual", "textual,visual") : List.of("textual,visual");
        return new AccessibilityClaim(List.of("textual", "visual"), sufficient, List.copyOf(features),
                String.join(" ", sentences));
    }

    /** Whether {@code e} is part of a chapter (the running footer and print-only blocks are not in the EPUB). */
    private static boolean isInChapter(Element e) {
        for (org.w3c.dom.Node n = e; n instanceof Element p; n = p.getParentNode()) {
            if (Chapter.hasClass(p, "chapter") && p.getParentNode() instanceof Element body
                    && body.getLocalName().equals("body")) {
                return true;
            }
        }
        return false;
    }
}
