package org.clinic.handouts.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Problem;
import org.clinic.handouts.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or absurd files end in one clear error, not in an out-of-memory or a hang. */
class BoundedInputTest {
    @TempDir
    Path tmp;

    private List<Problem> load(Path file) {
        Clinic clinic = org.clinic.handouts.Samples.builtInClinic();
        Problems problems = new Problems(file);
        assertThat(new ArticleLoader(clinic).load(file, problems)).isEmpty();
        return problems.sorted();
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAlias() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("title: *i\n");
        Path file = Files.writeString(tmp.resolve("bomb.yaml"), bomb);
        assertThat(load(file)).first().hasToString(file + ":2:8: error: YAML aliases (*a) are not supported; write the value out");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = tmp.resolve("huge.yaml");
        byte[] line = "- lorem ipsum dolor sit amet, consectetur adipiscing elit\n".getBytes();
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertThat(load(file)).singleElement().asString()
                .isEqualTo(file + ":1:1: error: the file is 50.0 MB; an article may be at most 1 MB");
    }

    @Test
    void absurdNestingIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("deep.yaml"), "title: " + "[".repeat(500) + "]".repeat(500) + "\n");
        assertThat(load(file)).singleElement().asString().contains(file + ":").contains("error:");
    }

    @Test
    void aPngLogoDeclaringHugeDimensionsIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() throws IOException {
        Files.write(tmp.resolve("bomb.png"), png(20_000, 20_000));
        Files.write(tmp.resolve("fine.png"), png(LocalFile.MAX_PIXELS, 1));
        Path profile = Files.writeString(tmp.resolve("clinic.yaml"), "name: A\nlogo: bomb.png\ndisclaimer: x\n");
        Problems problems = new Problems(profile);
        long start = System.nanoTime();
        assertThat(ClinicLoader.load(profile, problems)).isEmpty();
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(5);
        assertThat(problems.sorted()).singleElement().asString().isEqualTo(profile + ":2:7: error: logo: `bomb.png`"
                + " cannot be read as an image: it is 20000 × 20000 pixels; a logo may be at most 4096 × 4096"
                + " (a decompression bomb takes gigabytes to open)");
        Files.writeString(profile, "name: A\nlogo: fine.png\ndisclaimer: x\n");
        Problems fine = new Problems(profile);
        assertThat(ClinicLoader.load(profile, fine)).isPresent();
    }

    /** A greyscale PNG of that size whose rows are all zero: a few hundred bytes however large it says it is. */
    private static byte[] png(int width, int height) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put(new byte[4]).array());
        var deflater = new java.util.zip.Deflater(9);
        var compressed = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(compressed, deflater)) {
            byte[] row = new byte[width + 1];
            // Only the first rows are written when the image is huge: the header alone must be enough to refuse it.
            for (int y = 0; y < Math.min(height, 64); y++) {
                z.write(row);
            }
        }
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        var crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void anArticleLinkedFromOutsideItsFolderIsRefusedAndOneLinkedWithinIsRead() throws IOException {
        Path outside = org.clinic.handouts.Samples.CAR_NK.toAbsolutePath();
        Path folder = Files.createDirectories(tmp.resolve("content"));
        Path link = Files.createSymbolicLink(folder.resolve("leaflet.yaml"), outside);
        assertThat(load(link)).singleElement().asString().isEqualTo(link + ":1:1: error: the file is a symbolic link to "
                + outside.toRealPath() + ", outside its folder; copy the file into the folder instead");
        Files.copy(outside, folder.resolve("real.yaml"));
        Path inside = Files.createSymbolicLink(folder.resolve("alias.yaml"), Path.of("real.yaml"));
        Problems problems = new Problems(inside);
        assertThat(new ArticleLoader(org.clinic.handouts.Samples.builtInClinic()).load(inside, problems)).isPresent();
    }
}
