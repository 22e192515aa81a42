package org.clinic.handouts.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG file written chunk by chunk: the dozen lines of the format that the QR code and the EPUB cover need,
 * without AWT and ImageIO (whose start-up a one-article run would pay, and whose encoder is slower).
 */
public final class PngFile {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);

    /** A non-interlaced image of {@code width} × {@code height} with the PNG bit depth and colour type given. */
    public PngFile(int width, int height, int bitDepth, int colourType) {
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array());
    }

    public PngFile chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return this;
    }

    /** The image data (rows, each led by its filter byte), deflated at {@code level}, and the end of the file. */
    public byte[] finish(byte[] rows, int level) {
        Deflater deflater = new Deflater(level);
        deflater.setInput(rows);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(rows.length / 8 + 64);
        byte[] buffer = new byte[16 * 1024];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk("IDAT", compressed.toByteArray());
        chunk("IEND", new byte[0]);
        return out.toByteArray();
    }
}
