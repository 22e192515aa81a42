package org.clinic.handouts.load;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.util.ParsedURL;

/**
 * Draws an SVG logo the one way the tool ever draws it, so that the profile check and the leaflet see the same
 * result: nothing outside the file is fetched (no stylesheet, font, image or {@code <use>} of another file; only
 * {@code data:} resources embedded in it), no script runs, and every complaint Batik has is a refusal, not a
 * line on the console. The drawing must have a size, and a bounded one.
 */
public final class SvgImage {
    /**
     * Pixels across: over 350 dpi at the largest size the layouts print a logo (14 mm, large print), above the
     * 300 dpi print needs. (600 dpi made every leaflet 3 KB larger for nothing visible.)
     */
    public static final float WIDTH = 200f;
    /** The tallest drawing allowed, in pixels at {@link #WIDTH} across: a logo is not a 1:20 strip. */
    static final int MAX_HEIGHT = 4096;
    private static final String FOLDER = "file:/handouts-logo/";
    private static final String BASE = FOLDER + "logo.svg";

    private SvgImage() {}

    /** The logo drawn {@link #WIDTH} pixels across on white; an IOException says in one line why it cannot be. */
    public static BufferedImage draw(byte[] svg) throws IOException {
        Raster transcoder = new Raster();
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, WIDTH);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.setErrorHandler(Refusing.INSTANCE);
        TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
        // A base address that is no real file, so that what the SVG names relative to itself resolves, and is refused.
        input.setURI(BASE);
        try {
            transcoder.transcode(input, new TranscoderOutput());
        } catch (TranscoderException | RuntimeException e) {
            // Batik reports some refusals (a canvas of no size, a missing reference) as unchecked exceptions.
            throw new IOException(transcoder.refusal != null ? transcoder.refusal : describe(e), e);
        }
        if (transcoder.refusal != null) {
            throw new IOException(transcoder.refusal);  // one Batik reported and carried on without
        }
        if (transcoder.image == null) {
            throw new IOException("it draws nothing");
        }
        return transcoder.image;
    }

    /** The most telling message in a chain of Batik's exceptions, which often wrap one without a message. */
    private static String describe(Throwable e) {
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
    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "Batik cannot draw it";
        }
        return String.join(" ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList());
    }

    /** Every warning or error ends the drawing: a logo drawn with a part left out is a wrong logo. */
    private enum Refusing implements ErrorHandler {
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

    /** Batik's rasteriser keeping the image it drew, with its size checked before any pixel is allocated. */
    private static final class Raster extends ImageTranscoder {
        private BufferedImage image;
        /** The first error Batik reported through the user agent, which it sometimes only reports and carries on. */
        private String refusal;

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
            double height = (double) WIDTH * documentHeight / documentWidth;
            if (height > MAX_HEIGHT) {
                throw new IllegalArgumentException("the drawing is %s × %s, far taller than wide; a logo may be at most %d times as tall as it is wide"
                        .formatted(format(documentWidth), format(documentHeight), (int) (MAX_HEIGHT / WIDTH)));
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
                        refuse("it names " + resource.toString().replace(FOLDER, "") + ", which is not embedded in the file; only data: resources are read");
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
    }
}
