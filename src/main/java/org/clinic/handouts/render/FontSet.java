package org.clinic.handouts.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded fonts, parsed once per run. Flying Saucer and OpenPDF drop glyphs a font lacks without a word,
 * so the checker asks this set before rendering whether every character can be drawn.
 */
public final class FontSet {
    private final List<Face> faces;

    /**
     * One font file: its name for messages, its location (Flying Saucer re-reads the file there for weight and
     * style), and the parsed font.
     */
    public record Face(String fileName, String location, BaseFont font) {}

    private FontSet(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    public static FontSet load(Layout layout) {
        List<Face> faces = layout.fontFiles().stream().map(FontSet::face).toList();
        if (faces.isEmpty()) {
            throw new IllegalStateException("no .ttf or .otf fonts found for the layout");
        }
        return new FontSet(faces);
    }

    private static Face face(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            return new Face(name, file.toUri().toString(), font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    public List<Face> faces() {
        return faces;
    }

    /** The first font file that has no glyph for {@code codePoint}, if any; every face must draw every character. */
    public Optional<String> missing(int codePoint) {
        return faces.stream().filter(f -> !f.font().charExists(codePoint)).map(Face::fileName).findFirst();
    }
}
