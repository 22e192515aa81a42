package org.clinic.handouts.write;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.render.CoverStyle;
import org.clinic.handouts.render.Layout;

/**
 * Draws the EPUB's cover as a PNG with the bundled fonts and the clinic's colours, so every article has a cover
 * on the reader's shelf. Only the title, category and clinic name go on it, and its text alternative says the
 * same. Java2D with fixed hints and fonts draws the same pixels on every run.
 */
final class CoverImage {
    static final String FILE_NAME = "cover.png";

    private static final Color PRIMARY = Color.BLACK;
    private static final Color TINT = Color.WHITE;

    private final CoverStyle style;
    private final Font titleFont;
    private final Font labelFont;

    CoverImage(Layout layout) {
        this.style = CoverStyle.of(layout);
        this.titleFont = load(CoverStyle.font(layout, style.titleFont()));
        this.labelFont = load(CoverStyle.font(layout, style.labelFont()));
    }

    byte[] png(String category, String title, String clinicName, Clinic.Colours colours) {
        int w = style.width();
        int h = style.height();
        int margin = (int) Math.round(w * style.margin());
        int band = (int) Math.round(h * style.band());
        // Drawn as a mask, black for the primary colour and white for the tint (the only two colours on it).
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(TINT);
            g.fillRect(0, 0, w, h);
            g.setColor(PRIMARY);
            g.fillRect(0, 0, w, band);

            // On the primary colour the text is the tint: the pair the clinic profile is checked for contrast.
            g.setColor(TINT);
            g.setFont(labelFont.deriveFont((float) (w * style.categorySize())));
            int y = margin + g.getFontMetrics().getAscent();
            draw(g, category.toUpperCase(Locale.ROOT), margin, y);

            List<String> lines = fitTitle(g, title, w - 2 * margin, band - y - 2 * margin);
            FontMetrics m = g.getFontMetrics();
            int lineHeight = lineHeight(g.getFont());
            int top = band - margin - lineHeight * lines.size() + m.getAscent();
            for (int i = 0; i < lines.size(); i++) {
                draw(g, lines.get(i), margin, top + i * lineHeight);
            }

            g.setColor(PRIMARY);
            g.setFont(labelFont.deriveFont((float) (w * style.clinicSize())));
            List<String> name = wrap(g.getFontMetrics(), clinicName, w - 2 * margin);
            int nameLine = g.getFontMetrics().getHeight();
            for (int i = 0; i < name.size(); i++) {
                draw(g, name.get(i), margin, band + margin + g.getFontMetrics().getAscent() + i * nameLine);
            }
        } finally {
            g.dispose();
        }
        byte[] mask = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        return PalettePng.of(w, h, mask, Color.decode(colours.primary()).getRGB(), Color.decode(colours.tint()).getRGB());
    }

    /** The title in the largest size between the style's bounds that fits the space, wrapped at spaces. */
    private List<String> fitTitle(Graphics2D g, String title, int width, int height) {
        int w = style.width();
        for (double size = style.titleSize(); ; size -= 0.005) {
            g.setFont(titleFont.deriveFont((float) (w * Math.max(size, style.titleMinSize()))));
            FontMetrics m = g.getFontMetrics();
            List<String> lines = wrap(m, title, width);
            boolean fits = lines.size() * lineHeight(g.getFont()) <= height
                    && lines.stream().allMatch(l -> m.stringWidth(l) <= width);
            if (fits || size <= style.titleMinSize()) {
                return lines;
            }
        }
    }

    /**
     * Text is filled as glyph outlines, read from the font file, by Java2D's own rasteriser: the platform's glyph
     * rasteriser (FreeType on Linux, whichever version the machine has) would make the pixels depend on the machine.
     */
    private static void draw(Graphics2D g, String text, int x, int y) {
        g.fill(g.getFont().createGlyphVector(g.getFontRenderContext(), text).getOutline(x, y));
    }

    /** Titles are set solid-ish, not with the font's own generous line gap. */
    private static int lineHeight(Font font) {
        return Math.round(font.getSize2D() * 1.2f);
    }

    private static List<String> wrap(FontMetrics m, String text, int width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && m.stringWidth(longer) > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    private static Font load(Path file) {
        // A stream, not a File: the built-in fonts are inside the jar.
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException | IOException e) {
            throw new org.clinic.handouts.HandoutsException(org.clinic.handouts.ExitCode.FAILURE,
                    "cannot read the cover font " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
