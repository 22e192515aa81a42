package org.clinic.handouts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clinic.handouts.render.Layout;

/**
 * An article as standalone HTML for WeasyPrint: the very XHTML our layouts produce and our {@code leaflet.css},
 * with the fonts in {@code fonts/} declared by {@code @font-face}. Both engines then lay out the same markup with
 * the same stylesheet and fonts, so the comparison is of the engines, not of two designs. (Our writer may lay an
 * article out up to five times to avoid a nearly empty last page; WeasyPrint lays it out once.)
 */
final class HtmlExport {
    /** The standard A4 leaflet's stylesheet, as {@code PdfWriter} uses it for the default print options. */
    private static final String STYLESHEET = "leaflet.css";

    private final String style;

    HtmlExport(Path fontsDir, Layout layout) {
        this.style = fontFaces(fontsDir) + layout.text(STYLESHEET);
    }

    /**
     * The layout's XHTML with the stylesheet first in the head, where PdfWriter puts it, so the layout's own
     * {@code <style>} (brand colours) still wins. Image names stay relative: the images are written beside it.
     */
    String html(String xhtml) {
        int head = xhtml.indexOf("<head>");
        if (head < 0) {
            throw new IllegalStateException("the layout's XHTML has no <head>");
        }
        int at = head + "<head>".length();
        return "<!DOCTYPE html>\n" + xhtml.substring(0, at) + "\n<style>\n" + style + "\n</style>"
                + xhtml.substring(at);
    }

    /** One {@code @font-face} per file, named like the families leaflet.css asks for. */
    private static String fontFaces(Path fontsDir) {
        StringBuilder css = new StringBuilder();
        try (Stream<Path> files = Files.list(fontsDir)) {
            for (Path font : files.filter(f -> f.toString().endsWith(".ttf")).sorted().toList()) {
                String name = font.getFileName().toString().replace(".ttf", "");
                String family = name.startsWith("CharisSIL") ? "Charis SIL" : name.substring(0, name.indexOf('-'));
                String face = name.substring(name.indexOf('-') + 1);
                css.append("@font-face { font-family: \"").append(family).append("\"; src: url(\"")
                        .append(font.toAbsolutePath().toUri()).append("\"); font-weight: ")
                        .append(face.contains("Bold") ? "bold" : "normal").append("; font-style: ")
                        .append(face.contains("Italic") ? "italic" : "normal").append("; }\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fonts in " + fontsDir, e);
        }
        return css.toString();
    }
}
