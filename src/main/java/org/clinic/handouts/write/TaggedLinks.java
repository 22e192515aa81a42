package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfBorderDictionary;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * The link annotations of a tagged leaflet: one per painted piece of a link (a link broken over two lines has
 * two), each with a description (/Contents) and a /StructParent, and an object reference from its Link element.
 * The references join the elements at the end, after all their marked content: OpenPDF adds marked content
 * only to elements whose first kid is marked content.
 */
final class TaggedLinks {
    private final TaggedOutputDevice device;
    private final List<Reference> references = new ArrayList<>();

    private record Reference(PdfStructureElement link, PdfIndirectReference annotation, PdfIndirectReference page) {}

    TaggedLinks(TaggedOutputDevice device) {
        this.device = device;
    }

    void annotate(RenderingContext c, Box box, PdfStructureElement link) {
        int baseline = box.getAbsY() + (box instanceof InlineLayoutBox inline ? inline.getBaseline() : 0);
        if (!device.onPage(baseline)) {
            return;  // the piece drawn just outside the page's clip; its text is not drawn either
        }
        PdfAction action = action(c, box.getElement());
        if (action == null) {
            return;
        }
        PdfWriter writer = device.getWriter();
        Rectangle area = device.createLocalTargetArea(c, box);
        PdfAnnotation annotation = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(),
                area.getTop(), action);
        annotation.put(PdfName.SUBTYPE, PdfName.LINK);
        annotation.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        annotation.setBorderStyle(new PdfBorderDictionary(0.0f, 0));
        annotation.setBorder(new PdfBorderArray(0.0f, 0.0f, 0));
        annotation.put(PdfName.CONTENTS, new PdfString(description(box.getElement()), PdfString.TEXT_UNICODE));
        annotation.put(PdfName.STRUCTPARENT,
                new PdfNumber(writer.getStructureTreeRoot().addExistingObject(link.getReference())));
        writer.addAnnotation(annotation);
        references.add(new Reference(link, annotation.getIndirectReference(), writer.getCurrentPage()));
    }

    /** Adds each annotation's object reference to its Link element. */
    void finish() {
        for (Reference reference : references) {
            PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
            objr.put(PdfName.OBJ, reference.annotation());
            objr.put(PdfName.PG, reference.page());
            PdfObject k = reference.link().get(PdfName.K);
            PdfArray kids = k instanceof PdfArray array ? array : new PdfArray();
            if (k != null && !k.isArray()) {
                kids.add(k);  // a single marked-content id
            }
            kids.add(objr);
            reference.link().put(PdfName.K, kids);
        }
    }

    /** What a screen reader says for the link: a citation's title ("Source 2"), else the text it shows. */
    private static String description(Element element) {
        String title = element.getAttribute("title");
        return title.isBlank() ? element.getTextContent().strip().replaceAll("\\s+", " ") : title;
    }

    private PdfAction action(RenderingContext c, Element element) {
        String uri = device.getSharedContext().getNamespaceHandler().getLinkUri(element);
        if (uri == null || uri.isEmpty()) {
            return null;
        }
        if (!uri.startsWith("#")) {
            return new PdfAction(uri);
        }
        Box target = device.getSharedContext().getBoxById(uri.substring(1));
        if (target == null) {
            return null;
        }
        PageBox page = c.getRootLayer().getPage(c, target.getAbsY());
        if (page == null) {
            return null;
        }
        float dotsPerPoint = device.getDotsPerPoint();
        float fromPageTop = page.getMarginBorderPadding(c, CalculatedStyle.Edge.TOP) + target.getAbsY()
                + target.getMargin(c).top() - page.getTop();
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, 0,
                (page.getHeight(c) - fromPageTop) / dotsPerPoint, 0);
        destination.addPage(device.getWriter().getPageReference(device.getStartPageNo() + page.getPageNo() + 1));
        PdfAction action = new PdfAction();
        action.put(PdfName.S, PdfName.GOTO);
        action.put(PdfName.D, destination);
        return action;
    }
}
