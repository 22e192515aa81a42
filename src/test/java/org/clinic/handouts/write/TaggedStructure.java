package org.clinic.handouts.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The structure tree of a tagged PDF read back with PDFBox, as a screen reader walks it: each element with the
 * text its marked content shows (or its /ActualText), in structure order.
 */
final class TaggedStructure {
    /**
     * One structure element: its type, its text, the pieces of content, annotations and elements it holds, and
     * all its kids in order ({@link Run} or Element).
     */
    record Element(String type, String actualText, String alt, List<Piece> pieces, List<PDAnnotation> annotations,
            List<Element> kids, List<Object> content) {}

    /** A piece of marked content with the glyphs painted in it. */
    record Run(Piece piece, List<TextPosition> glyphs) {}

    private static final java.util.Set<String> INLINE = java.util.Set.of("Span", "Link", "Reference");

    /** One marked-content sequence: its page and id. */
    record Piece(PDPage page, int mcid) {}

    private final Map<PDPage, Map<Integer, List<TextPosition>>> pages = new HashMap<>();

    private TaggedStructure() {}

    /** The document's top-level elements, or an empty list when there is no structure tree. */
    static List<Element> of(PDDocument pdf) {
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        return root == null ? List.of() : new TaggedStructure().kids(root, null);
    }

    private List<Element> kids(PDStructureNode node, PDPage inherited) {
        List<Element> kids = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                kids.add(element(e, e.getPage() != null ? e.getPage() : inherited));
            }
        }
        return kids;
    }

    private Element element(PDStructureElement e, PDPage page) {
        List<Piece> pieces = new ArrayList<>();
        List<PDAnnotation> annotations = new ArrayList<>();
        List<Element> kids = new ArrayList<>();
        List<Object> content = new ArrayList<>();
        PDPage own = e.getPage() != null ? e.getPage() : page;
        for (Object kid : e.getKids()) {
            Piece piece = kid instanceof Integer mcid ? new Piece(own, mcid)
                    : kid instanceof PDMarkedContentReference ref ? new Piece(ref.getPage() != null ? ref.getPage()
                    : own, ref.getMCID()) : null;
            if (piece != null) {
                pieces.add(piece);
                content.add(new Run(piece, glyphs(piece)));
            } else if (kid instanceof PDStructureElement child) {
                Element element = element(child, own);
                kids.add(element);
                content.add(element);
            } else if (kid instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotation a) {
                annotations.add(a);
            }
        }
        return new Element(e.getStructureType(), e.getActualText(), e.getAlternateDescription(), pieces,
                annotations, kids, content);
    }

    private List<TextPosition> glyphs(Piece piece) {
        Map<Integer, List<TextPosition>> byId = pages.computeIfAbsent(piece.page(), page -> {
            try {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, List<TextPosition>> map = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    List<TextPosition> glyphs = map.computeIfAbsent(content.getMCID(), id -> new ArrayList<>());
                    content.getContents().stream().filter(TextPosition.class::isInstance)
                            .map(TextPosition.class::cast).forEach(glyphs::add);
                }
                return map;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        return byId.getOrDefault(piece.mcid(), List.of());
    }

    /** Every element under {@code elements}, depth first (structure order). */
    static List<Element> flatten(List<Element> elements) {
        List<Element> all = new ArrayList<>();
        for (Element e : elements) {
            all.add(e);
            all.addAll(flatten(e.kids()));
        }
        return all;
    }

    /**
     * The text of the tree in structure order, an element's /ActualText standing for its content. Words break
     * where a block starts or ends and where the glyphs move to a new line or page, as for a reader following
     * the glyphs; inline elements on one line join without a space ("results [1].").
     */
    static String text(List<Element> elements) {
        TextWalk walk = new TextWalk();
        elements.forEach(walk::element);
        return walk.out.toString().replaceAll("\\s+", " ").strip();
    }

    private static final class TextWalk {
        /**
         * Whether a glyph starts a new line: on another page, or clearly off the last glyph's baseline (a raised
         * citation is not).
         */
        private boolean newLine(PDPage page, TextPosition glyph) {
            float size = Math.max(glyph.getFontSizeInPt(), last.getFontSizeInPt());
            return !page.equals(lastPage) || Math.abs(glyph.getY() - last.getY()) > size * 0.6f;
        }

        final StringBuilder out = new StringBuilder();
        TextPosition last;
        PDPage lastPage;

        void element(Element e) {
            boolean block = !INLINE.contains(e.type());
            if (block) {
                out.append(' ');
            }
            if (e.actualText() != null) {
                out.append(e.actualText());
                last = null;
            } else {
                for (Object item : e.content()) {
                    if (item instanceof Element kid) {
                        element(kid);
                    } else if (item instanceof Run run && !run.glyphs().isEmpty()) {
                        List<TextPosition> glyphs = run.glyphs();
                        if (last != null && newLine(run.piece().page(), glyphs.get(0))
                                && !last.getUnicode().equals("-")) {
                            out.append(' ');
                        }
                        glyphs.forEach(g -> out.append(g.getUnicode()));
                        last = glyphs.get(glyphs.size() - 1);
                        lastPage = run.piece().page();
                    }
                }
            }
            if (block) {
                out.append(' ');
                last = null;
            }
        }
    }
}
