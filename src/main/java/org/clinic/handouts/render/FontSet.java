package org.clinic.handouts.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded fonts, read once per run. Flying Saucer and OpenPDF drop glyphs a font lacks without a word, so
 * the checker asks this set before rendering whether every character can be drawn. Parsed fonts keep a read
 * position and subset state while a PDF is written, so each writing thread gets fonts of its own.
 */
public final class FontSet {
    private final List<FontFile> files;
    private volatile List<Face> shared;
    private final java.util.concurrent.atomic.AtomicBoolean sharedClaimed = new java.util.concurrent.atomic.AtomicBoolean();

    /** A font file as read from the layout: its name for messages, its location and its bytes. */
    private record FontFile(String fileName, String location, byte[] bytes) {}

    /** One parsed font: its file name, its location, the bytes it was parsed from, and the font itself. */
    public record Face(String fileName, String location, byte[] bytes, BaseFont font) {}

    private FontSet(List<FontFile> files) {
        this.files = List.copyOf(files);
    }

    public static FontSet load(Layout layout) {
        List<FontFile> files = layout.fontFiles().stream().map(FontSet::read).toList();
        if (files.isEmpty()) {
            throw new IllegalStateException("no .ttf or .otf fonts found for the layout");
        }
        return new FontSet(files);
    }

    private static FontFile read(Path file) {
        try {
            return new FontFile(file.getFileName().toString(), file.toUri().toString(),
                    TrueTypeHinting.strip(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /**
     * Fonts of its own for one thread that writes PDFs. The first writer takes over the fonts the checker
     * parsed (checking only reads their character maps, which writing never changes), saving a second parse
     * of every font on a one-article run; later writers parse their own.
     */
    public List<Face> forWriting() {
        return sharedClaimed.compareAndSet(false, true) ? checkingFaces() : parse();
    }

    private List<Face> parse() {
        return files.stream().map(FontSet::parse).toList();
    }

    private static Face parse(FontFile file) {
        try {
            return new Face(file.fileName(), file.location(), file.bytes(), BaseFont.createFont(file.fileName(),
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file.bytes(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font " + file.fileName(), e);
        }
    }

    /** The first font file that has no glyph for {@code codePoint}, if any; every face must draw every character. */
    public Optional<String> missing(int codePoint) {
        return checkingFaces().stream().filter(f -> !f.font().charExists(codePoint)).map(Face::fileName).findFirst();
    }

    /** Fonts only asked about their character maps, which never change: one parse serves every thread. */
    private List<Face> checkingFaces() {
        List<Face> faces = shared;
        if (faces == null) {
            synchronized (this) {
                if (shared == null) {
                    shared = parse();
                }
                faces = shared;
            }
        }
        return faces;
    }
}
