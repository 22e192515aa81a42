package org.clinic.handouts.write;

import java.util.Map;
import java.util.Optional;
import org.clinic.handouts.model.Asset;
import org.clinic.handouts.render.Xhtml;
import org.openpdf.text.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lays one leaflet out on pages (Flying Saucer), trying the {@link PageFit} variants, letting a pushed sidebar give
 * way to the text after it ({@link Deferral}), and padding for duplex printing; after each layout the text that
 * would not reach the page is repaired or refused ({@link TextGuard}, {@link FooterTitle}). Every attempt parses
 * the stylesheet again (a sixteenth of a library run): keeping parsed stylesheets means keeping Flying Saucer's
 * style engines, which hold on to their last document, and that raised a 1,000-article run's peak memory from 190
 * to 350 MB for no measurable gain in time.
 */
final class Pagination {
    /** The first chapter of the XHTML is the article body; the sources and disclaimer pages follow it. */
    private static final String BODY_ID = "article";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String PRODUCER = "handouts with Flying Saucer and " + Document.getProduct() + " "
            + Document.getRelease();

    private final org.w3c.dom.Document document;
    private final Element body;
    private final String classes;
    private final Map<String, Asset> assets;
    private final PdfImages images;
    private final ITextFontResolver fonts;
    private final Deferral deferral;
    private final Deferral.Placement asWritten;
    /** Enough to pass a few paragraphs or questions; each move costs a layout. */
    private static final int MAX_MOVES = 6;
    private static final LineBreaks LINE_BREAKS = new LineBreaks();
    /** Each round fits the footer or repairs text that a layout showed cannot fit; two are enough in practice. */
    private static final int MAX_REPAIRS = 4;
    private final Optional<Element> footerTitle;

    Pagination(Xhtml xhtml, String stylesheet, Map<String, Asset> assets, PdfImages images, ITextFontResolver fonts,
               java.util.function.IntPredicate printable) {
        this.document = xhtml.document();
        EmojiStandIns.replace(document, printable);
        ArabicLetters.shape(document);
        this.assets = Map.copyOf(assets);
        this.images = images;
        this.fonts = fonts;
        Element head = (Element) document.getElementsByTagNameNS(XHTML_NS, "head").item(0);
        Element style = document.createElementNS(XHTML_NS, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(stylesheet);
        // First in the head, so a layout's own <style> (brand colours) overrides it.
        head.insertBefore(style, head.getFirstChild());
        this.body = (Element) document.getElementsByTagNameNS(XHTML_NS, "body").item(0);
        this.classes = body.getAttribute("class");
        this.deferral = new Deferral(withId(document, BODY_ID));
        this.footerTitle = FooterTitle.titleIn(withId(document, FooterTitle.FOOTER_ID));
        this.asWritten = deferral.placement();
    }

    /**
     * The layout to draw. Throws an article error when some text would still not reach the page (see
     * {@link TextGuard}).
     */
    ITextRenderer laidOut(boolean duplex) {
        Attempt chosen = fittingVariant();
        deferral.restore(chosen.placement());
        ITextRenderer renderer = chosen.renderer();
        String classes = chosen.variant();
        if (duplex && renderer.getRootBox().getLayer().getPages().size() % 2 == 1) {
            // The layout's .duplex-blank block becomes a blank last page, so the disclaimer stays on the back.
            classes = chosen.variant() + " duplex";
            renderer = withClasses(classes);
        } else {
            // Later attempts changed the shared DOM's class; put back the one this layout was made with.
            withClassAttribute(chosen.variant());
        }
        renderer = repaired(renderer, classes);
        TextGuard.requireNone(TextGuard.overflows(renderer));
        RightToLeftLines.mirror(renderer.getRootBox());
        return renderer;
    }

    /**
     * {@code renderer}, or a new layout with the same classes once the footer's title is fitted and text that
     * did not fit its line repaired ({@link TextGuard#repair}).
     */
    private ITextRenderer repaired(ITextRenderer renderer, String classes) {
        ITextRenderer repaired = renderer;
        for (int round = 0; round < MAX_REPAIRS; round++) {
            boolean changed = FooterTitle.fit(repaired, footerTitle);
            changed |= TextGuard.repair(TextGuard.overflows(repaired));
            if (!changed) {
                break;
            }
            repaired = withClasses(classes);
        }
        return repaired;
    }

    /**
     * One layout of the document with a {@link PageFit} variant and the sidebars where it put them, and how its
     * body fell on the pages.
     */
    private record Attempt(String variant, ITextRenderer renderer, PageFit.Measure measure,
            Deferral.Placement placement) {}

    private Attempt attempt(String variant) {
        deferral.restore(asWritten);
        ITextRenderer renderer = repaired(withClasses(variant), variant);
        for (int moves = 0; moves < MAX_MOVES; moves++) {
            BodyPages pages = BodyPages.of(renderer, BODY_ID);
            Optional<Deferral.Gap> gap = deferral.gap(renderer, pages);
            if (gap.isEmpty()) {
                break;
            }
            Deferral.Placement before = deferral.placement();
            ITextRenderer forward = deferral.moveOn(gap.get().block(), renderer, gap.get().height())
                    ? keptIfFilled(variant, gap.get(), before) : null;
            if (forward != null) {
                renderer = forward;
                continue;
            }
            ITextRenderer back = deferral.moveBack(gap.get().block(), renderer, pages, gap.get().page())
                    ? keptIfFilled(variant, gap.get(), before) : null;
            if (back != null) {
                renderer = back;
            }
            break;
        }
        return new Attempt(variant, renderer, PageFit.measure(renderer, BODY_ID), deferral.placement());
    }

    /**
     * The first {@link PageFit} variant whose body does not end on a nearly empty page, else the fullest.
     * The chosen layout is kept and drawn: laying it out again would give the same boxes.
     */
    private Attempt fittingVariant() {
        Attempt designed = attempt(PageFit.AS_DESIGNED);
        if (designed.measure().acceptable()) {
            return designed;
        }
        Attempt best = designed;
        for (String variant : PageFit.variantsAfter(designed.measure())) {
            Attempt attempt = attempt(variant);
            if (attempt.measure().acceptable()) {
                return attempt;
            }
            if (attempt.measure().betterThan(best.measure())) {
                best = attempt;
            }
        }
        return best;
    }

    /**
     * The element whose id attribute is {@code id}, else the document element. Not getElementById: without a
     * DTD (the parser refuses one) no attribute is an ID to the DOM.
     */
    private static Element withId(org.w3c.dom.Document document, String id) {
        org.w3c.dom.NodeList all = document.getElementsByTagNameNS(XHTML_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        return document.getDocumentElement();
    }

    /**
     * The layout after a sidebar moved, if it fills the page that was short better than before; else null, with
     * the sidebar put back where it was ({@code before}).
     */
    private ITextRenderer keptIfFilled(String variant, Deferral.Gap gap, Deferral.Placement before) {
        ITextRenderer moved = withClasses(variant);
        if (BodyPages.of(moved, BODY_ID).fill(gap.page()) > gap.fill()) {
            return moved;
        }
        deferral.restore(before);
        return null;
    }

    private void withClassAttribute(String extra) {
        body.setAttribute("class", (classes + " " + extra).strip());
    }

    private ITextRenderer withClasses(String extra) {
        withClassAttribute(extra);
        ITextOutputDevice device = new TaggedOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        LocalOnlyUserAgent userAgent = new LocalOnlyUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, assets,
                images);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, userAgent, fonts);
        renderer.setPDFVersion(org.openpdf.text.pdf.PdfWriter.VERSION_1_7);
        renderer.setPDFCreator("handouts");
        renderer.setPDFProducer(PRODUCER);
        renderer.getSharedContext().setLineBreakingStrategy(LINE_BREAKS);
        renderer.setDocument(document, LocalOnlyUserAgent.ASSET_BASE);
        renderer.layout();
        return renderer;
    }
}
