package org.clinic.handouts.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinic.handouts.Background;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded fonts, read once per run. Flying Saucer and OpenPDF drop glyphs a font lacks without a word, so
 * the checker asks this set before rendering whether every character can be drawn. Parsed fonts keep a read
 * position and subset state while a PDF is written, so each writing thread gets fonts of its own.
 *
 * <p>Reading, de-hinting and parsing the fonts is a tenth of a one-article run, so it starts on a thread of its
 * own as soon as the set is made, while the command line, the clinic profile and the article are being read.
 */
public final class FontSet {
    private final CompletableFuture<List<FontFile>> files;
    private final CompletableFuture<List<Face>> shared;
    private final AtomicBoolean sharedClaimed = new AtomicBoolean();

    /** A font file as read from the layout: its name for messages, its location and its bytes. */
    private record FontFile(String fileName, String location, byte[] bytes) {}

    /** One parsed font: its file name, its location, the bytes it was parsed from, and the font itself. */
    public record Face(String fileName, String location, byte[] bytes, BaseFont font) {}

    private FontSet(List<Path> paths) {
        this.files = Background.start("handouts-fonts", () -> paths.stream().map(FontSet::read).toList());
        this.shared = files.thenApply(FontSet::parse);
    }

    /** Starts loading the layout's fonts; a missing or unreadable font is reported when they are first used. */
    public static FontSet load(Layout layout) {
        List<Path> paths = layout.fontFiles();
        if (paths.isEmpty()) {
            throw new IllegalStateException("no .ttf or .otf fonts found for the layout");
        }
        return new FontSet(paths);
    }

    private static FontFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HandoutsException(ExitCode.FAILURE, "cannot read the font " + file + ": " + e.getMessage(), e);
        }
        try {
            return new FontFile(file.getFileName().toString(), file.toUri().toString(), TrueTypeHinting.strip(bytes));
        } catch (RuntimeException e) {
            throw unusable(file.toUri().toString(), e);
        }
    }

    /** A damaged or foreign file in a fonts folder: named, instead of a parser's exception from deep inside. */
    private static HandoutsException unusable(String file, Exception e) {
        return new HandoutsException(ExitCode.FAILURE, "the font " + file
                + " cannot be used: it is not a TrueType or OpenType font that can be embedded (" + e + ")", e);
    }

    /**
     * Fonts of its own for one thread that writes PDFs. The first writer takes over the fonts the checker
     * parsed (checking only reads their character maps, which writing never changes), saving a second parse
     * of every font on a one-article run; later writers parse their own.
     */
    public List<Face> forWriting() {
        return sharedClaimed.compareAndSet(false, true) ? checkingFaces() : parse(Background.join(files));
    }

    private static List<Face> parse(List<FontFile> files) {
        return files.stream().map(FontSet::parse).toList();
    }

    private static Face parse(FontFile file) {
        try {
            return new Face(file.fileName(), file.location(), file.bytes(), BaseFont.createFont(file.fileName(),
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file.bytes(), null));
        } catch (IOException | RuntimeException e) {
            throw unusable(file.location(), e);
        }
    }

    /** The first font file that has no glyph for {@code codePoint}, if any; every face must draw every character. */
    public Optional<String> missing(int codePoint) {
        return checkingFaces().stream().filter(f -> !f.font().charExists(codePoint)).map(Face::fileName).findFirst();
    }

    /** Every font file of the set, by file name. */
    public List<String> fileNames() {
        return checkingFaces().stream().map(Face::fileName).toList();
    }

    /** The font files that have no glyph for {@code codePoint}, by file name. */
    public List<String> lacking(int codePoint) {
        return checkingFaces().stream().filter(f -> !f.font().charExists(codePoint)).map(Face::fileName).toList();
    }

    /** The files of the families {@code family} accepts that have no glyph for {@code codePoint}. */
    public List<String> lacking(int codePoint, java.util.function.Predicate<String> family) {
        return checkingFaces().stream().filter(f -> family.test(familyOf(f)) && !f.font().charExists(codePoint))
                .map(Face::fileName).toList();
    }

    /** The files of the families {@code family} accepts. */
    public List<String> fileNames(java.util.function.Predicate<String> family) {
        return checkingFaces().stream().filter(f -> family.test(familyOf(f))).map(Face::fileName).toList();
    }

    public boolean hasFamily(String family) {
        return checkingFaces().stream().anyMatch(f -> familyOf(f).equals(family));
    }

    /** The font's family name as CSS names it (the name table's family, ID 1). */
    private static String familyOf(Face face) {
        String[][] names = face.font().getFamilyFontName();
        return names.length == 0 ? face.fileName() : names[0][3];
    }

    /** Fonts only asked about their character maps, which never change: one parse serves every thread. */
    private List<Face> checkingFaces() {
        return Background.join(shared);
    }
}
