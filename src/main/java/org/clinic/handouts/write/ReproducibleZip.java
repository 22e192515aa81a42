package org.clinic.handouts.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip with every entry stamped with one fixed time, keeping entry order and the stored (uncompressed)
 * {@code mimetype} first as EPUB requires: epublib stamps entries with the clock.
 */
final class ReproducibleZip {
    private ReproducibleZip() {}

    /** Rewrites {@code zip}; {@code edit} may change an entry's bytes (name, bytes → bytes). */
    static byte[] normalise(byte[] zip, LocalDateTime stamp, java.util.function.BiFunction<String, byte[], byte[]> edit)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry original; (original = in.getNextEntry()) != null; ) {
                byte[] data = edit.apply(original.getName(), in.readAllBytes());
                ZipEntry entry = new ZipEntry(original.getName());
                entry.setTimeLocal(stamp);
                if ("mimetype".equals(original.getName())) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
