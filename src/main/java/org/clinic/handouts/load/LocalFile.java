package org.clinic.handouts.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinic.handouts.model.Asset;
import org.clinic.handouts.model.Position;
import org.clinic.handouts.model.Problems;

/**
 * Reads an image a profile names, only from inside the profile's own folder: no absolute paths, no {@code ..}
 * and no symbolic links that lead out, so a profile cannot make the tool read files elsewhere on the machine.
 */
final class LocalFile {
    static final long MAX_BYTES = 2L << 20;
    /** Pixels a side for a PNG or JPEG logo, far above what a 14 mm logo needs at print resolution. */
    static final int MAX_PIXELS = 4096;
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "svg", "image/svg+xml");

    private LocalFile() {}

    /**
     * Why the image cannot be drawn, if it cannot: bitmaps must decode (a CMYK JPEG or a damaged PNG does not)
     * within {@link #MAX_PIXELS} a side, measured from the header before any pixel is decoded; an SVG must be
     * well-formed XML with an svg root that names no outside file, and must draw as {@link SvgImage} draws it.
     */
    private static Optional<String> undecodable(byte[] bytes, String extension) {
        try {
            if (extension.equals("svg")) {
                Optional<String> wrong = SvgXml.problem(bytes);
                if (wrong.isPresent()) {
                    return wrong;
                }
                SvgImage.draw(bytes);
                return Optional.empty();
            }
            return bitmapProblem(bytes);
        } catch (Exception e) {
            return Optional.of(String.valueOf(e.getMessage()).strip());
        } catch (StackOverflowError e) {
            // Batik recurses into nested groups and references; a drawing too deep for it is the logo's fault.
            return Optional.of("it is nested too deeply to draw");
        }
    }

    private static Optional<String> bitmapProblem(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.of("not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS || height > MAX_PIXELS) {
                    return Optional.of("it is %d × %d pixels; a logo may be at most %d × %d (a decompression bomb takes gigabytes to open)"
                            .formatted(width, height, MAX_PIXELS, MAX_PIXELS));
                }
                return reader.read(0) == null ? Optional.of("not a PNG or JPEG image") : Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    static Optional<Asset> image(Path folder, String relative, Position at, String field, Problems problems) {
        String extension = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPES.containsKey(extension)) {
            problems.error(at, field, "`" + relative + "` must be a .png, .jpg or .svg image");
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = folder.getFileSystem().getPath(relative);
        } catch (InvalidPathException e) {
            problems.error(at, field, "`" + relative.replace("\0", "\\0") + "` is not a usable file name: " + e.getReason());
            return Optional.empty();
        }
        Path file = folder.resolve(candidate).normalize();
        if (candidate.isAbsolute() || !file.startsWith(folder.normalize())) {
            problems.error(at, field, "`" + relative + "` must be a path inside the profile's folder, like logo.png");
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file)) {
                problems.error(at, field, "`" + relative + "` does not exist beside the profile");
                return Optional.empty();
            }
            // Real paths, so that a symbolic link anywhere on the way cannot lead out of the folder.
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                problems.error(at, field, "`" + relative + "` leads outside the profile's folder (symbolic link)");
                return Optional.empty();
            }
            if (Files.size(file) > MAX_BYTES) {
                problems.error(at, field, "`" + relative + "` is larger than 2 MB; use a smaller image");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<String> unreadable = undecodable(bytes, extension);
            if (unreadable.isPresent()) {
                problems.error(at, field, "`" + relative + "` cannot be read as an image: " + unreadable.get());
                return Optional.empty();
            }
            return Optional.of(new Asset("logo." + extension, MEDIA_TYPES.get(extension), bytes));
        } catch (IOException e) {
            problems.error(at, field, "cannot read `" + relative + "`: " + e.getMessage());
            return Optional.empty();
        }
    }
}
