package org.clinic.handouts.load;

import java.io.IOException;
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
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "svg", "image/svg+xml");

    private LocalFile() {}

    /**
     * Why the image cannot be drawn, if it cannot: bitmaps must decode (a CMYK JPEG or a damaged PNG does not),
     * an SVG must be well-formed XML with an svg root (parsed without DTDs or external entities).
     */
    private static Optional<String> undecodable(byte[] bytes, String extension) {
        try {
            if (extension.equals("svg")) {
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setExpandEntityReferences(false);
                var builder = factory.newDocumentBuilder();
                builder.setErrorHandler(null);
                String root = builder.parse(new java.io.ByteArrayInputStream(bytes)).getDocumentElement().getLocalName();
                return "svg".equals(root) ? Optional.empty() : Optional.of("its root element is <" + root + ">, not <svg>");
            }
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)) == null
                    ? Optional.of("not a PNG or JPEG image") : Optional.empty();
        } catch (Exception e) {
            return Optional.of(String.valueOf(e.getMessage()).strip());
        }
    }

    static Optional<Asset> image(Path folder, String relative, Position at, String field, Problems problems) {
        String extension = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPES.containsKey(extension)) {
            problems.error(at, field, "`" + relative + "` must be a .png, .jpg or .svg image");
            return Optional.empty();
        }
        Path candidate = folder.getFileSystem().getPath(relative);
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
