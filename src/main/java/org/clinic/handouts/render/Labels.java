package org.clinic.handouts.render;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;

/**
 * The fixed words the EPUB and the sources page add around an article, from {@code styles/labels/<language>.yaml}: one file per
 * language, every key required, so a translation cannot silently fall back to English half-way.
 * {@code {name}} placeholders are filled by {@link #fill}.
 */
public record Labels(Navigation navigation, Notes notes, Cover cover, Accessibility accessibility, Report report,
                     References references) {
    static final String FOLDER = "labels/";
    static final String DEFAULT_LANGUAGE = "en";

    public record Navigation(String contents, String landmarks, String cover, String start, String sources) {}

    public record Notes(String back, String backNumbered) {}

    public record Cover(String alt) {}

    /** The library report ({@code handouts report}): its heading, summary line, column heads and status words. */
    public record Report(String heading, String summary, String article, String title, String language, String grade,
                         String published, String reviewed, String nextReview, String status, String overdue,
                         String errors) {}

    /** How the sources page dates a source with no year: "n.d.", or the day it was accessed ({date}). */
    public record References(String undated, String accessed) {}

    public record Accessibility(String structure, String images, String sources, String asides, String links,
                                String hazards, String conformance) {}

    /**
     * The labels for a language tag such as {@code en-GB}: {@code labels/en-GB.yaml}, else the file of its primary
     * language ({@code labels/en.yaml}), else the default language's.
     */
    public static Labels of(Layout layout, String languageTag) {
        String tag = languageTag.strip();
        String primary = tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
        for (String name : new String[] {tag, primary, DEFAULT_LANGUAGE}) {
            // Only a tag's letters, digits and hyphens name a file: nothing else can reach outside labels/.
            if (name.matches("[A-Za-z0-9-]+") && Files.isRegularFile(layout.file(FOLDER + name + ".yaml"))) {
                return StyleData.read(layout, FOLDER + name + ".yaml", Labels.class);
            }
        }
        throw new HandoutsException(ExitCode.FAILURE, "layout " + FOLDER + DEFAULT_LANGUAGE + ".yaml is missing");
    }

    /** {@code template} with each {@code {key}} replaced by its value. */
    public static String fill(String template, Map<String, ?> values) {
        String out = template;
        for (Map.Entry<String, ?> v : values.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        return out;
    }
}
