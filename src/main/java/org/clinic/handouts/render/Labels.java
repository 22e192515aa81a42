package org.clinic.handouts.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed words the layouts print and the EPUB adds around an article, from {@code styles/labels/<language>.yaml}
 * merged over English (see {@link LabelFiles}): a key a translation lacks stays English and is reported by
 * {@link #missing}. {@code {name}} placeholders are filled by {@link #fill}.
 */
public record Labels(Navigation navigation, Notes notes, Cover cover, Accessibility accessibility, Print print,
                     Formats formats, Report report, References references) {
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

    /** Words of the printed leaflet (and of the EPUB, made from the same XHTML). */
    public record Print(String clinicView, String commonQuestions, String keyTakeaway, String sources,
                        String disclaimer, String readingTime, String published, String reviewed, String nextReview,
                        String page, String blankPage, String qrAlt, String onlineCopy, String telephone,
                        String citationTitle) {}

    /**
     * How the language writes dates ({@code date}: a java.time pattern read with the language's locale) and
     * quotation marks (the catalogue's choice, as the language's usage varies by country and house style).
     */
    public record Formats(String date, String quotes, String innerQuotes, String apostrophe) {}

    /** The labels for a language tag such as {@code es-MX}: es-MX over es over en. */
    public static Labels of(Layout layout, String languageTag) {
        LabelFiles.Merged merged = LabelFiles.merge(layout, languageTag);
        return StyleData.convert(merged.tree(), merged.name(), Labels.class);
    }

    /** The keys (e.g. {@code print.key_takeaway}) the language's files lack, so English is printed for them. */
    public static List<String> missing(Layout layout, String languageTag) {
        return LabelFiles.merge(layout, languageTag).missing();
    }

    /** {@code date} written the language's way, with digits chosen by {@code digits} (e.g. {@code arab}) or its default. */
    public String date(LocalDate date, String languageTag, String digits) {
        Locale locale = Locale.forLanguageTag(languageTag);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(formats.date(), locale);
        if (!digits.isEmpty()) {
            format = format.withDecimalStyle(DecimalStyle.of(
                    new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", digits).build()));
        }
        return format.format(date);
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
