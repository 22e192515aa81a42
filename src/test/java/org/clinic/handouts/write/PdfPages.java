package org.clinic.handouts.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back as a reader sees it: the text of each page, and where each character sits. */
final class PdfPages {
    private PdfPages() {}

    static PDDocument open(Path pdf) {
        try {
            return Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of page {@code n} (1-based). */
    static String text(PDDocument pdf, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);  // reading order: a citation is drawn after the rest of its line
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text, whitespace collapsed to single spaces, so paragraphs can be found whatever the line breaks. */
    static String flatText(PDDocument pdf) {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            all.append(text(pdf, page)).append(' ');
        }
        return flatten(all.toString());
    }

    /**
     * Text typed with straight quotes as an English leaflet prints it: “…” for double quotes, ‘…’ for single ones
     * and ’ for apostrophes (an independent statement of the convention, for comparing article text with the PDF).
     */
    static String englishQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char prev = ' ';
        boolean doubleOpen = false;
        for (char c : text.toCharArray()) {
            boolean afterSpace = Character.isWhitespace(prev) || "([—–".indexOf(prev) >= 0;
            if (c == '"') {
                doubleOpen = !doubleOpen && afterSpace;
                out.append(doubleOpen ? '“' : '”');
            } else if (c == '\'') {
                out.append(afterSpace ? '‘' : '’');
            } else {
                out.append(c);
            }
            prev = c;
        }
        return out.toString();
    }

    static String flatten(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Every character drawn on page {@code n}, with its position (PDFBox: y grows downwards from the top). */
    static List<TextPosition> characters(PDDocument pdf, int page) {
        List<TextPosition> out = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    out.add(text);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
