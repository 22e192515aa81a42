package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.render.FontSet;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.Xhtml;
import org.openpdf.text.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lays the article's XHTML out on pages with {@code leaflet.css} (Flying Saucer) and draws it with OpenPDF.
 * Fonts are parsed once per run and registered once per thread; the output depends only on the input.
 */
public final class PdfWriter {
    static final String STYLESHEET = "leaflet.css";
    /** The first chapter of the XHTML is the article body; the sources and disclaimer pages follow it. */
    private static final String BODY_ID = "article";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String PRODUCER = "handouts with Flying Saucer and " + Document.getProduct() + " "
            + Document.getRelease();

    private final String css;
    private final ThreadLocal<ITextFontResolver> fontResolvers;
    private final SubsetTags subsetTags = new SubsetTags();

    public PdfWriter(Layout layout, FontSet fonts) {
        this.css = layout.text(STYLESHEET);
        this.fontResolvers = ThreadLocal.withInitial(() -> {
            ITextFontResolver resolver = new ITextFontResolver();
            for (FontSet.Face face : fonts.faces()) {
                face.font().setSecureRandom(subsetTags);
                resolver.addFont(face.font(), face.location(), null);
            }
            return resolver;
        });
    }

    public byte[] write(Xhtml xhtml, Article article) {
        try {
            ITextRenderer renderer = fittedLayout(xhtml);
            byte[] id = fileId(xhtml);
            renderer.setListener(new PdfDocumentInfo(article, id));
            subsetTags.seed(id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw new HandoutsException(ExitCode.FAILURE,
                    "cannot draw the PDF of " + article.name() + ": " + e.getMessage(), e);
        }
    }

    /** The first {@link PageFit} variant whose body does not end on a nearly empty page, else the fullest. */
    private ITextRenderer fittedLayout(Xhtml xhtml) {
        org.w3c.dom.Document document = xhtml.document();
        addStyles(document);
        Element body = (Element) document.getElementsByTagNameNS(XHTML_NS, "body").item(0);
        String classes = body.getAttribute("class");
        ITextRenderer best = null;
        PageFit.Measure bestMeasure = null;
        for (String variant : PageFit.VARIANTS) {
            body.setAttribute("class", (classes + " " + variant).strip());
            ITextRenderer renderer = laidOut(document);
            PageFit.Measure measure = PageFit.measure(renderer, BODY_ID);
            if (measure.acceptable()) {
                return renderer;
            }
            if (measure.betterThan(bestMeasure)) {
                best = renderer;
                bestMeasure = measure;
            }
        }
        return best;
    }

    private ITextRenderer laidOut(org.w3c.dom.Document document) {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        LocalOnlyUserAgent userAgent = new LocalOnlyUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, userAgent, fontResolvers.get());
        renderer.setPDFVersion(org.openpdf.text.pdf.PdfWriter.VERSION_1_7);
        renderer.setPDFCreator("handouts");
        renderer.setPDFProducer(PRODUCER);
        renderer.setDocument(document, null);
        renderer.layout();
        return renderer;
    }

    /** The print stylesheet goes inline, so Flying Saucer never has to fetch anything. */
    private void addStyles(org.w3c.dom.Document document) {
        Element head = (Element) document.getElementsByTagNameNS(XHTML_NS, "head").item(0);
        Element style = document.createElementNS(XHTML_NS, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(css);
        head.appendChild(style);
    }

    /** A file identifier derived from what the PDF is made of, so the same input gives the same bytes. */
    private byte[] fileId(Xhtml xhtml) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(xhtml.text().getBytes(StandardCharsets.UTF_8));
            md5.update(css.getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
