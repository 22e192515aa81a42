package org.clinic.handouts.load;

import java.awt.image.BufferedImage;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.util.ParsedURL;

/**
 * Batik's rasteriser as {@link SvgImage} uses it: it keeps the image it drew (instead of encoding it as PNG to be
 * decoded again), checks the drawing's size before any pixel is allocated, refuses every resource that is not
 * embedded in the file and every script, and keeps the first complaint instead of printing it.
 */
final class SvgRaster extends ImageTranscoder {
    BufferedImage image;
    /** The first error Batik reported through the user agent, which it sometimes only reports and carries on. */
    String refusal;

    private void refuse(String message) {
        if (refusal == null) {
            refusal = oneLine(message);
        }
    }

    @Override
    protected void setImageSize(float documentWidth, float documentHeight) {
        if (!(documentWidth > 0) || !(documentHeight > 0)) {
            throw new IllegalArgumentException("the drawing has no size (width %s, height %s); give the <svg>"
                    .formatted(format(documentWidth), format(documentHeight)) + " a positive width and height or viewBox");
        }
        double height = (double) SvgImage.WIDTH * documentHeight / documentWidth;
        if (height > SvgImage.MAX_HEIGHT) {
            throw new IllegalArgumentException(("the drawing is %s × %s, far taller than wide; a logo may be at most"
                    + " %d times as tall as it is wide").formatted(format(documentWidth), format(documentHeight),
                    (int) (SvgImage.MAX_HEIGHT / SvgImage.WIDTH)));
        }
        super.setImageSize(documentWidth, documentHeight);
    }

    private static String format(float value) {
        return value == (long) value ? Long.toString((long) value) : Float.toString(value);
    }

    @Override
    protected UserAgent createUserAgent() {
        return new SVGAbstractTranscoderUserAgent() {
            @Override
            public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                return new EmbededExternalResourceSecurity(resource);
            }

            @Override
            public void checkLoadExternalResource(ParsedURL resource, ParsedURL document) {
                try {
                    super.checkLoadExternalResource(resource, document);
                } catch (SecurityException e) {
                    refuse("it names " + resource.toString().replace(SvgImage.FOLDER, "")
                            + ", which is not embedded in the file; only data: resources are read");
                    throw e;
                }
            }

            @Override
            public void displayError(Exception e) {
                refuse(describe(e));
            }

            @Override
            public void displayError(String message) {
                refuse(message);
            }

            @Override
            public void displayMessage(String message) {
                // Batik's progress notes are not problems.
            }

            @Override
            public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                return new NoLoadScriptSecurity(type);
            }
        };
    }

    @Override
    public BufferedImage createImage(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    @Override
    public void writeImage(BufferedImage drawn, TranscoderOutput output) {
        this.image = drawn;
    }

    /** The most telling message in a chain of Batik's exceptions, which often wrap one without a message. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof TranscoderException te && te.getException() != null
                ? te.getException() : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && !(t instanceof TranscoderException
                    && ((TranscoderException) t).getException() != null)) {
                return oneLine(t.getMessage());
            }
        }
        return "Batik cannot draw it (" + e.getClass().getSimpleName() + ")";
    }

    /** Batik's messages span lines (the element, the file, the reason): kept to the first two, joined. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "Batik cannot draw it";
        }
        return String.join(" ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList());
    }

    /** Every warning or error ends the drawing: a logo drawn with a part left out is a wrong logo. */
    enum Refusing implements ErrorHandler {
        INSTANCE;

        @Override
        public void error(TranscoderException e) throws TranscoderException {
            throw e;
        }

        @Override
        public void fatalError(TranscoderException e) throws TranscoderException {
            throw e;
        }

        @Override
        public void warning(TranscoderException e) throws TranscoderException {
            throw e;
        }
    }
}
