package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * A printed leaflet measured as a typographer would: the body's pages (those before the sources or disclaimer
 * page), how full each is, the size of every glyph, and how many characters the body's lines hold. Read from the
 * PDF alone, so a leaflet made by any version of the tool can be measured the same way.
 */
public final class PrintedBody {
    private final int pages;
    private final int bodyPages;
    private final List<Double> fills = new ArrayList<>();
    private final List<Float> sizes = new ArrayList<>();
    private final List<Integer> fullLines = new ArrayList<>();
    private final List<Integer> allLines = new ArrayList<>();

    private PrintedBody(int pages, int bodyPages) {
        this.pages = pages;
        this.bodyPages = bodyPages;
    }

    /**
     * Measures {@code pdf}; {@code topMargin} and {@code bottomMargin} (points) bound the content area, so that
     * the running footer below it is not counted as body text.
     */
    public static PrintedBody of(PDDocument pdf, double topMargin, double bottomMargin) {
        int pages = pdf.getNumberOfPages();
        int body = pages;
        for (int page = 2; page <= pages; page++) {
            String first = PdfPages.text(pdf, page).strip().lines().findFirst().orElse("");
            if (first.equals("Sources") || first.equals("Disclaimer")) {
                body = page - 1;
                break;
            }
        }
        PrintedBody measured = new PrintedBody(pages, body);
        List<List<TextPosition>> all = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            List<TextPosition> glyphs = PdfPages.characters(pdf, page);
            glyphs.stream().filter(g -> !g.getUnicode().isBlank()).forEach(g -> measured.sizes.add(g.getFontSizeInPt()));
            all.add(glyphs);
        }
        for (int page = 1; page <= body; page++) {
            double height = pdf.getPage(page - 1).getMediaBox().getHeight();
            double lowest = all.get(page - 1).stream().filter(g -> g.getYDirAdj() < height - bottomMargin)
                    .mapToDouble(TextPosition::getYDirAdj).max().orElse(topMargin);
            measured.fills.add((lowest - topMargin) / (height - topMargin - bottomMargin));
            measured.addLines(all.get(page - 1), height - bottomMargin);
        }
        return measured;
    }

    /** Groups the body face's glyphs (Charis, any style) into lines by baseline and counts each line's characters. */
    private void addLines(List<TextPosition> glyphs, double bottom) {
        float body = bodySize();
        List<TextPosition> text = glyphs.stream()
                .filter(g -> g.getFont().getName() != null && g.getFont().getName().contains("Charis"))
                .filter(g -> Math.abs(g.getFontSizeInPt() - body) < 0.3 && g.getYDirAdj() < bottom)
                .sorted(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj))
                .toList();
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition g : text) {
            if (lines.isEmpty() || Math.abs(lines.getLast().getFirst().getYDirAdj() - g.getYDirAdj()) > 1) {
                lines.add(new ArrayList<>());
            }
            lines.getLast().add(g);
        }
        double widest = 0;
        List<double[]> measured = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            int chars = 0;
            for (int i = 0; i < line.size(); i++) {
                TextPosition g = line.get(i);
                chars += g.getUnicode().length();
                if (i > 0 && !g.getUnicode().isBlank() && !line.get(i - 1).getUnicode().isBlank()) {
                    TextPosition before = line.get(i - 1);
                    double gap = g.getXDirAdj() - before.getXDirAdj() - before.getWidthDirAdj();
                    chars += gap > 0.2 * body ? 1 : 0;   // a space drawn as a move, not a glyph
                }
            }
            double width = line.getLast().getXDirAdj() + line.getLast().getWidthDirAdj() - line.getFirst().getXDirAdj();
            widest = Math.max(widest, width);
            measured.add(new double[] {chars, width});
        }
        for (double[] line : measured) {
            if (line[0] >= 3) {
                allLines.add((int) line[0]);
            }
            if (line[1] >= 0.8 * widest) {
                fullLines.add((int) line[0]);
            }
        }
    }

    public int pages() {
        return pages;
    }

    public int bodyPages() {
        return bodyPages;
    }

    /** How full each body page is, from the top of the content area to its lowest line (0–1). */
    public List<Double> fills() {
        return List.copyOf(fills);
    }

    /** The size most glyphs of the leaflet have: the body text's. */
    public float bodySize() {
        return sizes.stream().collect(java.util.stream.Collectors.groupingBy(s -> Math.round(s * 4) / 4f,
                java.util.stream.Collectors.counting())).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
    }

    /** The median size of every glyph printed, footer and sources included. */
    public float medianSize() {
        return sizes.stream().sorted().toList().get(sizes.size() / 2);
    }

    public float smallestSize() {
        return sizes.stream().min(Float::compare).orElseThrow();
    }

    /** Characters per body line, over lines at least four fifths of the widest (a paragraph's last line is not). */
    public double charsPerFullLine() {
        return fullLines.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    /** Characters per body line over every line of body text. */
    public double charsPerLine() {
        return allLines.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
