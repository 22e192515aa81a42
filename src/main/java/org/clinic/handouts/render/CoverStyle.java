package org.clinic.handouts.render;

import java.nio.file.Path;

/**
 * The look of the EPUB's generated cover, from {@code styles/cover.yaml}: pixel size, and the margin, the share of
 * the primary-coloured band and the type sizes as fractions of the width; fonts are files of the fonts folder.
 */
public record CoverStyle(int width, int height, double margin, double band, String titleFont, double titleSize,
                         double titleMinSize, String labelFont, double categorySize, double clinicSize) {
    static final String FILE_NAME = "cover.yaml";

    public static CoverStyle of(Layout layout) {
        CoverStyle style = StyleData.read(layout, FILE_NAME, CoverStyle.class);
        if (style.width() < 100 || style.height() < 100 || style.width() > 4000 || style.height() > 6000) {
            throw new org.clinic.handouts.HandoutsException(org.clinic.handouts.ExitCode.FAILURE,
                    "layout " + FILE_NAME + ": width and height must be 100–4000 and 100–6000 pixels");
        }
        return style;
    }

    /** A font file named in the style, from the layout's fonts folder. */
    public static Path font(Layout layout, String fileName) {
        return layout.fontFiles().stream().filter(f -> f.getFileName().toString().equals(fileName)).findFirst()
                .orElseThrow(() -> new org.clinic.handouts.HandoutsException(org.clinic.handouts.ExitCode.FAILURE,
                        "layout " + FILE_NAME + ": font " + fileName + " is not in the fonts folder"));
    }
}
