package org.clinic.handouts.write;

import java.util.Optional;
import org.w3c.dom.Element;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.FSFont;

/**
 * The running footer holds the title in at most {@link #MAX_LINES} lines beside the page number, which the bottom
 * margin of every print variant holds. A longer title is cut at a word with an ellipsis, measured with the
 * footer's own font once it is laid out; the full title stays in the heading and the PDF's metadata. Flying
 * Saucer has no {@code text-overflow} for margin boxes.
 */
final class FooterTitle {
    static final String FOOTER_ID = "running-footer";
    static final int MAX_LINES = 2;
    private static final String ELLIPSIS = "…";
    /** Lines broken at words are not full: aim below their total width, and lower on each further try. */
    private static final double FIRST_FILL = 0.9;
    private static final double NEXT_FILL = 0.85;

    private FooterTitle() {}

    /**
     * Shortens the footer's title in the document when it takes more than {@link #MAX_LINES} lines in
     * {@code renderer}'s layout; true when it did, so the caller lays the document out again (and asks again).
     */
    static boolean fit(ITextRenderer renderer, Optional<Element> title) {
        Box footer = renderer.getSharedContext().getIdMap().get(FOOTER_ID);
        if (footer == null || title.isEmpty() || footer.getChildCount() <= MAX_LINES) {
            return false;
        }
        LayoutContext context = renderer.getSharedContext().newLayoutContextInstance(new ITextFontContext());
        FSFont font = footer.getStyle().getFSFont(context);
        String text = title.get().getTextContent();
        int full = width(renderer, context, font, text);
        int room = footer.getContentWidth() * MAX_LINES;
        double target = text.endsWith(ELLIPSIS) ? full * NEXT_FILL : Math.min(full * NEXT_FILL, room * FIRST_FILL);
        int low = 0;
        int high = text.length();
        while (low < high) {   // the longest start of the title that fits the target with the ellipsis
            int mid = (low + high + 1) / 2;
            if (width(renderer, context, font, shortened(text, mid)) <= target) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int space = text.lastIndexOf(' ', low);
        int cut = space > low / 2 ? space : low;   // at a word, unless that would waste half the room
        title.get().setTextContent(shortened(text, cut));
        return true;
    }

    /** The element holding the title: the footer's first child element. */
    static Optional<Element> titleIn(Element footer) {
        for (org.w3c.dom.Node n = footer.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    private static String shortened(String text, int length) {
        String start = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - 1) : text;
        int end = Math.min(length, start.length());
        end = end > 0 && Character.isHighSurrogate(start.charAt(end - 1)) ? end - 1 : end;
        return start.substring(0, end).replaceAll("[\\s\\p{Punct}]+$", "") + ELLIPSIS;
    }

    private static int width(ITextRenderer renderer, LayoutContext context, FSFont font, String text) {
        return renderer.getSharedContext().getTextRenderer().getWidth(context.getFontContext(), font, text);
    }
}
