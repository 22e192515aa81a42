package org.clinic.handouts.model;

import java.util.List;

/**
 * The clinic that publishes the handouts, from its profile ({@code clinic.yaml}): it signs the PDF and EPUB, gives
 * the contact block, logo and brand colours, and the defaults for disclaimer, language and paper.
 *
 * @param logo the logo image, or null when the profile has none
 * @param articlesUrl where the clinic publishes its articles online; with an article's name it makes the address
 *                    behind the leaflet's QR code. Empty when unknown
 * @param readingGrade the school grade articles should read at or below (1–18); {@link #READING_GRADE} when unset
 * @param digits the Unicode numbering system for dates ({@code latn}, {@code arab}: Arabic-Indic), or empty for
 *               the language's default
 */
public record Clinic(String name, String website, List<String> address, String phone, Asset logo, Colours colours,
                     List<Paragraph> disclaimer, String language, Paper paper, String articlesUrl, int readingGrade,
                     String digits) {
    /** The NIH's advice for patient information: grade 8 or lower. */
    public static final int READING_GRADE = 8;


    public Clinic {
        address = List.copyOf(address);
        disclaimer = List.copyOf(disclaimer);
    }

    /** Brand colours as #rrggbb: {@code primary} for headings and rules, {@code tint} behind boxes, {@code text}. */
    public record Colours(String primary, String tint, String text) {
        public static final Colours DEFAULT = new Colours("#0b4650", "#eef5f5", "#1d252c");
    }

    public enum Paper {
        A4, LETTER
    }
}
