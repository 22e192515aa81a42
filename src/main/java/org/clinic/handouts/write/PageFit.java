package org.clinic.handouts.write;

import java.util.List;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Keeps the article body from ending on a nearly empty page. The stylesheet offers slightly looser and tighter
 * settings as classes on {@code body} ({@link #VARIANTS}); the writer lays the leaflet out with each in turn until
 * the last page of the body is at least {@link #MIN_LAST_PAGE_FILL} full. How each variant looks is up to the
 * layout; a layout that defines none simply gets the same result every time.
 */
final class PageFit {
    static final String AS_DESIGNED = "";
    private static final List<String> LOOSER_FIRST = List.of("fit-loose-1", "fit-loose-2", "fit-loose-3",
            "fit-tight-1", "fit-tight-2", "fit-tight-3");
    private static final List<String> TIGHTER_FIRST = List.of("fit-tight-1", "fit-tight-2", "fit-tight-3",
            "fit-loose-1", "fit-loose-2", "fit-loose-3");
    static final double MIN_LAST_PAGE_FILL = 0.6;
    /** Below this, pulling the few stray lines back (tighter) is the smaller change; above, spreading out is. */
    private static final double PULL_BACK_BELOW = 0.3;

    /**
     * The variants to try after the layout as designed gave {@code first}: the smaller change first, larger type
     * before smaller when the change is alike.
     */
    static List<String> variantsAfter(Measure first) {
        return first.lastPageFill() < PULL_BACK_BELOW ? TIGHTER_FIRST : LOOSER_FIRST;
    }

    private PageFit() {}

    /** How the body (the first chapter) fell on pages: how many, and how full its last page is (0–1). */
    record Measure(int bodyPages, double lastPageFill) {
        boolean acceptable() {
            return bodyPages <= 1 || lastPageFill >= MIN_LAST_PAGE_FILL;
        }

        boolean betterThan(Measure other) {
            return other == null || lastPageFill > other.lastPageFill;
        }
    }

    static Measure measure(ITextRenderer renderer, String bodyId) {
        Box body = renderer.getSharedContext().getIdMap().get(bodyId);
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        if (body == null) {
            return new Measure(pages.size(), 1.0);
        }
        int end = body.getAbsY() + body.getHeight();
        for (int i = 0; i < pages.size(); i++) {
            PageBox page = pages.get(i);
            if (end <= page.getBottom()) {
                double fill = (double) (end - page.getTop()) / (page.getBottom() - page.getTop());
                return new Measure(i + 1, Math.clamp(fill, 0.0, 1.0));
            }
        }
        return new Measure(pages.size(), 1.0);
    }
}
