package org.clinic.handouts.write;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** The rectangles filled on a page (box backgrounds), in PDF user space (y grows upwards). */
final class FilledRectangles extends PDFGraphicsStreamEngine {
    private final List<Rectangle2D> filled = new ArrayList<>();
    private Rectangle2D pending;

    private FilledRectangles(PDPage page) {
        super(page);
    }

    static List<Rectangle2D> on(PDPage page) {
        FilledRectangles engine = new FilledRectangles(page);
        try {
            engine.processPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engine.filled;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
        r.add(p1);
        r.add(p2);
        r.add(p3);
        pending = pending == null ? r : pending.createUnion(r);
    }

    /** Paths drawn with moveTo/lineTo count by their bounds, as backgrounds are sometimes drawn that way. */
    private void extend(float x, float y) {
        Point2D p = transformedPoint(x, y);
        if (pending == null) {
            pending = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
        } else {
            pending.add(p);
        }
    }

    @Override
    public void fillPath(int windingRule) {
        if (pending != null) {
            filled.add(pending);
        }
        pending = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override public void strokePath() { pending = null; }
    @Override public void endPath() { pending = null; }
    @Override public void drawImage(PDImage pdImage) { }
    @Override public void clip(int windingRule) { }
    @Override public void moveTo(float x, float y) { extend(x, y); }
    @Override public void lineTo(float x, float y) { extend(x, y); }
    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
    @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
    @Override public void closePath() { }
    @Override public void shadingFill(COSName shadingName) { }
}
