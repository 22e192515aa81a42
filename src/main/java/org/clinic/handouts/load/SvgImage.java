package org.clinic.handouts.load;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

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
    static final String FOLDER = "file:/handouts-logo/";
    private static final String BASE = FOLDER + "logo.svg";

    private SvgImage() {}

    /**
     * Drawings already made, by content: the profile check draws the logo and the leaflets reuse that drawing,
     * so what was checked is what is printed, and it is drawn once per run. Callers only read them.
     */
    private static final Map<String, BufferedImage> DRAWN = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
            return size() > KEPT;
        }
    };
    /** A run uses one logo per clinic profile, and most runs one profile. */
    private static final int KEPT = 4;

    /**
     * The logo drawn {@link #WIDTH} pixels across on white; an IOException says in one line why it cannot be.
     * The image is shared: draw it onto another, never change it.
     */
    public static BufferedImage draw(byte[] svg) throws IOException {
        String key = digest(svg);
        synchronized (DRAWN) {
            BufferedImage drawn = DRAWN.get(key);
            if (drawn != null) {
                return drawn;
            }
        }
        BufferedImage drawn = drawNow(svg);
        synchronized (DRAWN) {
            DRAWN.put(key, drawn);
        }
        return drawn;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static BufferedImage drawNow(byte[] svg) throws IOException {
        SvgRaster transcoder = new SvgRaster();
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, WIDTH);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.setErrorHandler(SvgRaster.Refusing.INSTANCE);
        TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
        // A base address that is no real file, so that what the SVG names relative to itself resolves, and is refused.
        input.setURI(BASE);
        try {
            transcoder.transcode(input, new TranscoderOutput());
        } catch (TranscoderException | RuntimeException e) {
            // Batik reports some refusals (a canvas of no size, a missing reference) as unchecked exceptions.
            throw new IOException(transcoder.refusal != null ? transcoder.refusal : SvgRaster.describe(e), e);
        }
        if (transcoder.refusal != null) {
            throw new IOException(transcoder.refusal);  // one Batik reported and carried on without
        }
        if (transcoder.image == null) {
            throw new IOException("it draws nothing");
        }
        return transcoder.image;
    }
}
