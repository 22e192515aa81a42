package org.clinic.handouts.write;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
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
    /** The upright faces of the layout's other fonts, for characters the cover's fonts lack (Arabic, Chinese). */
    private final List<Font> fallbacks;

    CoverImage(Layout layout) {
        this.style = CoverStyle.of(layout);
        this.titleFont = load(CoverStyle.font(layout, style.titleFont()));
        this.labelFont = load(CoverStyle.font(layout, style.labelFont()));
        this.fallbacks = layout.fontFiles().stream().map(CoverImage::load).filter(f -> f.isPlain()).toList();
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
            draw(g, category.toUpperCase(Locale.ROOT), margin, y, w - 2 * margin);

            List<String> lines = fitTitle(g, title, w - 2 * margin, band - y - 2 * margin);
            FontMetrics m = g.getFontMetrics();
            int lineHeight = lineHeight(g.getFont());
            int top = band - margin - lineHeight * lines.size() + m.getAscent();
            for (int i = 0; i < lines.size(); i++) {
                draw(g, lines.get(i), margin, top + i * lineHeight, w - 2 * margin);
            }

            g.setColor(PRIMARY);
            g.setFont(labelFont.deriveFont((float) (w * style.clinicSize())));
            List<String> name = wrap(g, clinicName, w - 2 * margin);
            int nameLine = g.getFontMetrics().getHeight();
            for (int i = 0; i < name.size(); i++) {
                draw(g, name.get(i), margin, band + margin + g.getFontMetrics().getAscent() + i * nameLine, w - 2 * margin);
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
            List<String> lines = wrap(g, title, width);
            boolean fits = lines.size() * lineHeight(g.getFont()) <= height
                    && lines.stream().allMatch(l -> advance(g, l) <= width);
            if (fits || size <= style.titleMinSize()) {
                return lines;
            }
        }
    }

    /**
     * Text is filled as glyph outlines, read from the font file, by Java2D's own rasteriser: the platform's glyph
     * rasteriser (FreeType on Linux, whichever version the machine has) would make the pixels depend on the machine.
     * Java2D's text layout shapes Arabic and orders a right-to-left line; a line that starts right to left is set
     * against the right margin.
     */
    private void draw(Graphics2D g, String text, int x, int y, int width) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout layout = layout(g, text);
        int left = layout.isLeftToRight() ? x : x + width - Math.round(layout.getAdvance());
        g.fill(layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(left, y)));
    }

    private float advance(Graphics2D g, String text) {
        return text.isEmpty() ? 0 : layout(g, text).getAdvance();
    }

    /** The text in the current font, with each run that font cannot draw in the first fallback that can. */
    private TextLayout layout(Graphics2D g, String text) {
        Font font = g.getFont();
        AttributedString runs = new AttributedString(text);
        runs.addAttribute(TextAttribute.FONT, font);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (!font.canDisplay(c)) {
                for (Font fallback : fallbacks) {
                    if (fallback.canDisplay(c)) {
                        runs.addAttribute(TextAttribute.FONT, fallback.deriveFont(font.getSize2D()), i, end);
                        break;
                    }
                }
            }
            i = end;
        }
        return new TextLayout(runs.getIterator(), g.getFontRenderContext());
    }

    /** Titles are set solid-ish, not with the font's own generous line gap. */
    private static int lineHeight(Font font) {
        return Math.round(font.getSize2D() * 1.2f);
    }

    /** Lines no wider than {@code width}, broken at spaces and, in Chinese, between ideographs. */
    private List<String> wrap(Graphics2D g, String text, int width) {
        List<String> lines = new ArrayList<>();
        String clean = text.strip().replaceAll("\\s+", " ");
        java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance();
        breaks.setText(clean);
        String line = "";
        int start = 0;
        for (int end = breaks.next(); end != java.text.BreakIterator.DONE; end = breaks.next()) {
            if (end < clean.length() && !clean.substring(end - 1, end).isBlank()
                    && !Character.isIdeographic(clean.codePointBefore(end)) && !Character.isIdeographic(clean.codePointAt(end))) {
                continue;   // at spaces and around ideographs only: "Off-the-Shelf" stays whole
            }
            String piece = clean.substring(start, end);
            start = end;
            String longer = line + piece;
            if (!line.isEmpty() && advance(g, longer.stripTrailing()) > width) {
                lines.add(line.stripTrailing());
                line = piece;
            } else {
                line = longer;
            }
        }
        lines.add(line.stripTrailing());
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
