package org.clinic.handouts.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import java.util.zip.Deflater;
import org.clinic.handouts.model.Asset;

/**
 * A QR code as a one-bit PNG, {@value #PIXELS_PER_MODULE} pixels a module: printed 25 mm wide, a code for a
 * typical address is about 500 dpi, so it stays crisp and scannable from paper. The PNG is written directly
 * (a dozen lines of format) rather than through AWT and ImageIO, whose start-up cost a one-article run would pay.
 */
public final class QrCode {
    public static final String FILE_NAME = "qr.png";
    static final int PIXELS_PER_MODULE = 12;
    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {}

    public static Asset of(String url) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + url + " as a QR code", e);
        }
        int size = (modules.getWidth() + 2 * QUIET_ZONE_MODULES) * PIXELS_PER_MODULE;
        int rowBytes = (size + 7) / 8;
        byte[] raw = new byte[(rowBytes + 1) * size];  // each row: filter byte 0, then bits (1 = white)
        for (int y = 0; y < size; y += PIXELS_PER_MODULE) {
            // Draw the first pixel row of each module row; the next PIXELS_PER_MODULE - 1 are copies of it.
            int first = y * (rowBytes + 1);
            int moduleY = y / PIXELS_PER_MODULE - QUIET_ZONE_MODULES;
            for (int x = 0; x < size; x++) {
                int moduleX = x / PIXELS_PER_MODULE - QUIET_ZONE_MODULES;
                boolean dark = moduleX >= 0 && moduleY >= 0 && moduleX < modules.getWidth()
                        && moduleY < modules.getHeight() && modules.get(moduleX, moduleY);
                if (!dark) {
                    raw[first + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
            for (int copy = 1; copy < PIXELS_PER_MODULE; copy++) {
                System.arraycopy(raw, first, raw, first + copy * (rowBytes + 1), rowBytes + 1);
            }
        }
        return new Asset(FILE_NAME, "image/png", png(size, raw));
    }

    /** A greyscale, one-bit PNG of {@code size}² pixels from filtered rows. */
    private static byte[] png(int size, byte[] rows) {
        return new PngFile(size, size, 1, 0).finish(rows, Deflater.BEST_COMPRESSION);
    }
}
