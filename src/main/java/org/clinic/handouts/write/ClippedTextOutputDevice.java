package org.clinic.handouts.write;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * Flying Saucer paints each page's boxes that touch the page's clip, so the first line of the next page (or the
 * last of the previous one) is also drawn just outside the clip: invisible on paper, but text extraction, search
 * and screen readers find it there as a stray duplicate line. Text whose baseline lies outside the clip is
 * skipped instead.
 * <p>
 * A no-break space (which the renderer puts between a number and its unit) has done its work once the lines are
 * broken: it is drawn as a space, of the same width in every face of fonts/, so the PDF's text reads and searches
 * as typed ("38 °C").
 */
class ClippedTextOutputDevice extends ITextOutputDevice {

    ClippedTextOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        Shape clip = getClip();
        if (clip != null) {
            Rectangle2D bounds = clip.getBounds2D();
            if (y < bounds.getMinY() || y > bounds.getMaxY()) {
                return;
            }
        }
        super.drawString(s.replace('\u00A0', ' '), x, y, info);
    }
}
