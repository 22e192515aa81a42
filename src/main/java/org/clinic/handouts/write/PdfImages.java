package org.clinic.handouts.write;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.clinic.handouts.Background;
import org.clinic.handouts.load.SvgImage;
import org.clinic.handouts.model.Asset;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;

/**
 * Turns the handout's images into PDF images once, instead of at every layout attempt: OpenPDF decodes a PNG
 * pixel by pixel, which took most of a leaflet's time. Images are laid on white, the paper colour (PDF/A in
 * OpenPDF refuses soft masks); SVG logos are drawn at print resolution by {@link SvgImage}, as the profile check drew them; a black-and-white image such as the QR
 * code stays one bit a pixel. The last few are kept, as a clinic's logo repeats on every leaflet.
 */
final class PdfImages {
    /** How many converted images to keep: the logo repeats on every leaflet, each QR code on only one. */
    private static final int KEPT = 8;
    private final Map<String, CompletableFuture<Image>> images = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Image>> eldest) {
            return size() > KEPT;
        }
    };

    /** A fresh copy (layout scales it) of the PDF image for {@code asset}. */
    Image of(Asset asset) {
        return Image.getInstance(Background.join(conversion(asset, false)));
    }

    /**
     * Starts converting {@code asset} on a thread of its own, so that a one-article run draws the clinic logo
     * (Batik, a tenth of a second) while the XHTML is made and laid out; {@link #of} then waits for it.
     */
    void prepare(Asset asset) {
        conversion(asset, true);
    }

    private CompletableFuture<Image> conversion(Asset asset, boolean inBackground) {
        byte[] bytes = asset.bytes();
        String key = asset.fileName() + ":" + bytes.length + ":" + Arrays.hashCode(bytes);
        CompletableFuture<Image> image;
        synchronized (images) {
            image = images.get(key);
            if (image != null) {
                return image;
            }
            image = new CompletableFuture<>();
            images.put(key, image);
        }
        CompletableFuture<Image> result = image;
        // Every waiter hears of a failure; the next leaflet to need the image tries afresh.
        result.whenComplete((converted, failure) -> {
            if (failure != null) {
                synchronized (images) {
                    images.remove(key, result);
                }
            }
        });
        if (inBackground) {
            Background.completeLater("handouts-image", result, () -> convert(asset, bytes));
        } else {
            Background.complete(result, () -> convert(asset, bytes));
        }
        return result;
    }

    private static Image convert(Asset asset, byte[] bytes) {
        try {
            Image bilevel = oneBitPng(bytes);
            if (bilevel != null) {
                return bilevel;
            }
            BufferedImage image = asset.mediaType().equals("image/svg+xml") ? SvgImage.draw(bytes)
                    : ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("cannot read image " + asset.fileName());
            }
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = rgb.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
            byte[] bgr = ((DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
            byte[] data = new byte[bgr.length];
            for (int i = 0; i < bgr.length; i += 3) {
                data[i] = bgr[i + 2];
                data[i + 1] = bgr[i + 1];
                data[i + 2] = bgr[i];
            }
            return Image.getInstance(image.getWidth(), image.getHeight(), 3, 8, data);
        } catch (IOException | BadElementException e) {
            throw new IllegalArgumentException("cannot prepare image " + asset.fileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A one-bit greyscale PNG with unfiltered rows (as {@code QrCode} writes) read without ImageIO; null for any
     * other image, which then takes the general path.
     */
    private static Image oneBitPng(byte[] png) throws BadElementException {
        ByteBuffer in = ByteBuffer.wrap(png);
        if (png.length < 33 || in.getLong(0) != 0x89504E470D0A1A0AL || in.getInt(12) != 0x49484452
                || png[24] != 1 || png[25] != 0 || png[28] != 0) {
            return null;
        }
        int width = in.getInt(16);
        int height = in.getInt(20);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        for (int at = 8; at + 8 <= png.length; ) {
            int length = in.getInt(at);
            if (length < 0 || at + 12L + length > png.length) {
                return null;
            }
            if (in.getInt(at + 4) == 0x49444154) {  // IDAT
                idat.write(png, at + 8, length);
            }
            at += 12 + length;
        }
        int rowBytes = (width + 7) / 8;
        byte[] rows = new byte[(rowBytes + 1) * height];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(idat.toByteArray());
            int read = 0;
            while (read < rows.length && !inflater.finished()) {
                int n = inflater.inflate(rows, read, rows.length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                read += n;
            }
            if (read < rows.length) {
                return null;  // truncated: leave it to ImageIO, which reports it
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
        byte[] bits = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            if (rows[y * (rowBytes + 1)] != 0) {
                return null;  // a filtered row: leave it to ImageIO
            }
            System.arraycopy(rows, y * (rowBytes + 1) + 1, bits, y * rowBytes, rowBytes);
        }
        return Image.getInstance(width, height, 1, 1, bits);
    }
}
