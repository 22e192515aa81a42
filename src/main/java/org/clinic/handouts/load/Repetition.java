package org.clinic.handouts.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How many elements an SVG draws once every {@code <use>} is replaced by the element it copies. A few lines of
 * {@code <use>} of {@code <use>} ask for millions of copies (the drawing's "billion laughs"), and a {@code <use>}
 * inside the element it copies never ends; Batik would spend minutes, or its stack, drawing either.
 */
final class Repetition {
    /** Far above any logo's element count, far below what takes a noticeable time to draw. */
    static final long MAX_ELEMENTS = 100_000;
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<Element, Long> counted = new HashMap<>();
    private final Set<Element> open = new HashSet<>();

    private Repetition() {}

    /** Why the drawing repeats itself too much to draw, if it does. */
    static Optional<String> of(Document document) {
        Repetition repetition = new Repetition();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                repetition.byId.putIfAbsent(element.getAttribute("id"), element);
            }
        }
        try {
            long elements = repetition.count(document.getDocumentElement());
            return elements > MAX_ELEMENTS ? Optional.of(String.format(Locale.ROOT,
                    "its <use> elements copy more than %,d elements; a logo never needs that", MAX_ELEMENTS))
                    : Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The elements {@code element} draws, copies included; stops counting past the bound. */
    private long count(Element element) {
        Long known = counted.get(element);
        if (known != null) {
            return known;
        }
        if (!open.add(element)) {
            throw new IllegalStateException("a <use> copies an element that contains it (id \""
                    + element.getAttribute("id") + "\"), which never ends");
        }
        long total = 1;
        for (Node child = element.getFirstChild(); child != null && total <= MAX_ELEMENTS; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                total += count(inner);
            }
        }
        if ("use".equals(element.getLocalName())) {
            Element target = byId.get(reference(element));
            if (target != null) {
                total += count(target);
            }
        }
        open.remove(element);
        total = Math.min(total, MAX_ELEMENTS + 1);
        counted.put(element, total);
        return total;
    }

    /** The id a {@code <use>} names, from {@code href} (SVG 2) or {@code xlink:href} (SVG 1.1). */
    private static String reference(Element use) {
        String href = use.hasAttribute("href") ? use.getAttribute("href") : use.getAttributeNS(XLINK, "href");
        return href.startsWith("#") ? href.substring(1) : "";
    }
}
