package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.List;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * How full each page of the article body is once laid out: the foot of the lowest line or leaf box on the page,
 * as a share of the page's content height (0–1). Lines are measured, not containers, because a container that
 * runs on to the next page says nothing about the gap a pushed box left above its foot.
 */
final class BodyPages {
    private final List<PageBox> pages;
    private final double[] fill;

    private BodyPages(List<PageBox> pages, int bodyPages) {
        this.pages = pages;
        this.fill = new double[bodyPages];
    }

    /** The body's pages in {@code renderer}'s layout; none when the layout has no element {@code bodyId}. */
    static BodyPages of(ITextRenderer renderer, String bodyId) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Box body = renderer.getSharedContext().getIdMap().get(bodyId);
        if (body == null || pages.isEmpty()) {
            return new BodyPages(pages, 0);
        }
        BodyPages measured = new BodyPages(pages, pageOf(pages, body.getAbsY() + body.getHeight() - 1) + 1);
        measured.addLeaves(body);
        return measured;
    }

    int count() {
        return fill.length;
    }

    /** How full body page {@code index} (from 0) is; 1 for a page past the body. */
    double fill(int index) {
        return index < fill.length ? fill[index] : 1.0;
    }

    /** The index of the page on which layout position {@code y} falls. */
    int pageAt(int y) {
        return pageOf(pages, y);
    }

    /** How much of body page {@code index} is left empty below its lowest line, in layout units. */
    int empty(int index) {
        PageBox page = pages.get(index);
        return (int) Math.round((1 - fill(index)) * (page.getBottom() - page.getTop()));
    }

    /** Where page {@code index}'s content area ends, in layout units. */
    int bottom(int index) {
        return pages.get(index).getBottom();
    }

    /** Whether {@code box} opens page {@code index}: it starts within a twentieth of the page from its top. */
    boolean opens(int index, Box box) {
        PageBox page = pages.get(index);
        return box.getAbsY() - page.getTop() < (page.getBottom() - page.getTop()) / 20;
    }

    private void addLeaves(Box box) {
        List<Box> pending = new ArrayList<>(List.of(box));
        while (!pending.isEmpty()) {
            Box next = pending.removeLast();
            if (next instanceof LineBox || next.getChildCount() == 0) {
                add(next.getAbsY(), next.getAbsY() + next.getHeight());
            } else {
                pending.addAll(next.getChildren());
            }
        }
    }

    private void add(int top, int bottom) {
        if (bottom <= top) {
            return;
        }
        int page = pageOf(pages, top);
        if (page >= fill.length) {
            return;
        }
        PageBox box = pages.get(page);
        double share = (double) (Math.min(bottom, box.getBottom()) - box.getTop()) / (box.getBottom() - box.getTop());
        fill[page] = Math.max(fill[page], Math.clamp(share, 0.0, 1.0));
    }

    private static int pageOf(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return pages.size() - 1;
    }
}
