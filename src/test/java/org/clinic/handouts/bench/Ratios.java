package org.clinic.handouts.bench;

/**
 * Ours ÷ theirs for every figure measured on both sides. Times and sizes alike: below 1 means ours takes less.
 * Pairs are like for like: PDF against WeasyPrint, EPUB against Pandoc, both against both.
 */
final class Ratios {
    private Ratios() {}

    static void add(ResultTable t) {
        t.section("Ratios, ours ÷ theirs (below 1: ours faster / smaller)");
        time(t, "one article cold, PDF: ours ÷ WeasyPrint", "sample.pdf");
        time(t, "one article cold, EPUB: ours ÷ Pandoc", "sample.epub");
        time(t, "one article cold, PDF + EPUB: ours ÷ Pandoc + WeasyPrint", "sample.both");
        time(t, "library, PDF: ours ÷ WeasyPrint", "library.pdf");
        time(t, "library, EPUB: ours ÷ Pandoc", "library.epub");
        time(t, "library, PDF + EPUB: ours ÷ Pandoc + WeasyPrint", "library.both");
        size(t, "sample PDF size: ours ÷ WeasyPrint", "size.sample.pdf");
        size(t, "sample EPUB size: ours ÷ Pandoc", "size.sample.epub");
        size(t, "library median PDF size: ours ÷ WeasyPrint", "size.library.pdf");
        size(t, "library median EPUB size: ours ÷ Pandoc", "size.library.epub");
    }

    private static void time(ResultTable t, String label, String key) {
        t.ratio(label, "ours." + key, "theirs." + key, "faster", "slower");
    }

    private static void size(ResultTable t, String label, String key) {
        t.ratio(label, "ours." + key, "theirs." + key, "smaller", "larger");
    }
}
