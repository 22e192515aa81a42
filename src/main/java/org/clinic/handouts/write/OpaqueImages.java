package org.clinic.handouts.write;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.clinic.handouts.model.Asset;

/**
 * Images without transparency, for PDF/A: OpenPDF refuses soft masks in PDF/A mode, so logos are laid on white
 * (the paper colour) before they are embedded. SVG logos are drawn at print resolution first.
 */
final class OpaqueImages {
    /** Pixels across for a rasterised SVG logo: 1200 px over the logo's few centimetres is far above 300 dpi. */
    private static final float SVG_WIDTH = 1200f;

    private OpaqueImages() {}

    static Asset onWhite(Asset asset) {
        try {
            if (asset.mediaType().equals("image/svg+xml")) {
                PNGTranscoder transcoder = new PNGTranscoder();
                transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
                transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, SVG_WIDTH);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(asset.bytes())), new TranscoderOutput(png));
                return new Asset(asset.fileName(), "image/png", png.toByteArray());
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(asset.bytes()));
            if (image == null || !image.getColorModel().hasAlpha()) {
                return asset;
            }
            BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = opaque.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(opaque, "png", png);
            return new Asset(asset.fileName(), "image/png", png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare image " + asset.fileName(), e);
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("cannot draw SVG image " + asset.fileName() + ": " + e.getMessage(), e);
        }
    }
}
