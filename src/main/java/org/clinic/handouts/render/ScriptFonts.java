package org.clinic.handouts.render;

import java.util.List;
import java.util.Optional;

/**
 * Which family prints each character: the text fonts when all of them draw it, else the first family of
 * {@code scripts.yaml} whose faces all draw it. The segmentation ({@link ScriptRuns}) and the glyph check both
 * ask here, so a character the check passes is one the family chosen for it has.
 */
public final class ScriptFonts {
    /** The families of {@code styles/scripts.yaml}, in order. */
    record Catalogue(List<Script> scripts) {
        record Script(String className, String family) {}
    }

    static final String FILE = "scripts.yaml";
    private final FontSet fonts;
    private final List<Catalogue.Script> scripts;
    /** Asked for every character of every article: each answer is worked out once. */
    private final java.util.Map<Integer, Optional<Catalogue.Script>> chosen = new java.util.concurrent.ConcurrentHashMap<>();

    private ScriptFonts(FontSet fonts, List<Catalogue.Script> scripts) {
        this.fonts = fonts;
        this.scripts = List.copyOf(scripts);
    }

    public static ScriptFonts of(Layout layout, FontSet fonts) {
        return new ScriptFonts(fonts, StyleData.read(layout, FILE, Catalogue.class).scripts());
    }

    /** The class of the run {@code codePoint} belongs to; empty when the text fonts print it. */
    public Optional<String> classFor(int codePoint) {
        return script(codePoint).map(Catalogue.Script::className);
    }

    private Optional<Catalogue.Script> script(int codePoint) {
        return chosen.computeIfAbsent(codePoint, this::choose);
    }

    private Optional<Catalogue.Script> choose(int codePoint) {
        List<String> families = families();
        if (fonts.lacking(codePoint, f -> !families.contains(f)).isEmpty()) {
            return Optional.empty();
        }
        return scripts.stream().filter(s -> fonts.lacking(codePoint, s.family()::equals).isEmpty()
                && fonts.hasFamily(s.family())).findFirst();
    }

    /**
     * The script family generated text (CSS {@code content}, which is not segmented) must be set in: that of its
     * first character the text fonts cannot print. Empty when the text fonts print it all.
     */
    public Optional<String> familyFor(String text) {
        return text.codePoints().mapToObj(this::script).flatMap(Optional::stream).findFirst()
                .map(Catalogue.Script::family);
    }

    /** Whether the family of run {@code className} draws {@code codePoint} (a space or digit inside the run). */
    boolean runDraws(String className, int codePoint) {
        return scripts.stream().filter(s -> s.className().equals(className))
                .anyMatch(s -> fonts.lacking(codePoint, s.family()::equals).isEmpty());
    }

    /**
     * The files of the family that will print {@code codePoint} and lack it: the text fonts, when no script family
     * draws it either. Empty when it prints.
     */
    public List<String> lacking(int codePoint) {
        List<String> families = families();
        return script(codePoint).isPresent() ? List.of() : fonts.lacking(codePoint, f -> !families.contains(f));
    }

    /** The files of the text fonts (the families not listed in scripts.yaml). */
    public List<String> textFonts() {
        List<String> families = families();
        return fonts.fileNames(f -> !families.contains(f));
    }

    private List<String> families() {
        return scripts.stream().map(Catalogue.Script::family).toList();
    }
}
