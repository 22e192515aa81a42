package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.List;
import org.clinic.handouts.model.Clinic.Paper;

/**
 * How a leaflet is printed: paper, variant, archival PDF/A, and padding for double-sided printing. Each choice
 * adds a stylesheet from the layouts, so what it looks like stays in CSS.
 */
public record PrintOptions(Paper paper, Variant variant, boolean pdfa, boolean duplex) {

    public enum Variant {
        STANDARD("", null),
        /** Body text 16 pt and up, 1.5 line spacing, left-aligned (RNIB and APH clear-print guidance). */
        LARGE_PRINT("-large-print", "leaflet-large-print.css"),
        /** A5 pages, imposed two-up on landscape sheets in saddle-stitch order. */
        BOOKLET("-booklet", "leaflet-booklet.css");

        private final String suffix;
        private final String stylesheet;

        Variant(String suffix, String stylesheet) {
            this.suffix = suffix;
            this.stylesheet = stylesheet;
        }

        /** What the file name gets after the article's name: {@code car-nk-cells-booklet.pdf}. */
        public String suffix() {
            return suffix;
        }
    }

    /** The layout's stylesheets for these options, in cascade order. */
    List<String> stylesheets() {
        List<String> sheets = new ArrayList<>(List.of("leaflet.css"));
        if (variant.stylesheet != null) {
            sheets.add(variant.stylesheet);
        }
        if (paper == Paper.LETTER) {
            sheets.add(variant == Variant.BOOKLET ? "paper-letter-booklet.css" : "paper-letter.css");
        }
        return sheets;
    }
}
