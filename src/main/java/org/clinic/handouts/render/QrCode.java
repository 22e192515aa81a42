package org.clinic.handouts.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.clinic.handouts.model.Asset;

/**
 * A QR code as a black-and-white PNG, {@value #PIXELS_PER_MODULE} pixels a module: printed 25 mm wide, a code for a
 * typical address is well over 300 dpi, so it stays crisp and scannable from paper.
 */
public final class QrCode {
    public static final String FILE_NAME = "qr.png";
    static final int PIXELS_PER_MODULE = 12;
    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {}

    public static Asset of(String url) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            int size = (modules.getWidth() + 2 * QUIET_ZONE_MODULES) * PIXELS_PER_MODULE;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(java.awt.Color.BLACK);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y)) {
                        g.fillRect((x + QUIET_ZONE_MODULES) * PIXELS_PER_MODULE, (y + QUIET_ZONE_MODULES) * PIXELS_PER_MODULE,
                                PIXELS_PER_MODULE, PIXELS_PER_MODULE);
                    }
                }
            }
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return new Asset(FILE_NAME, "image/png", png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + url + " as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
