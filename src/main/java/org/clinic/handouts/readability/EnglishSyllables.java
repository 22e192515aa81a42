package org.clinic.handouts.readability;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * English syllables from spelling: vowel groups, corrected for the silent endings (make, makes, used), for vowel
 * pairs that are spoken as two (media, trial, video, actual, serious), and for the words whose spelling misleads
 * any rule (every, business), listed. Hyphenated words count each part.
 */
final class EnglishSyllables implements Syllables {
    /** Common words the rules get wrong, with their spoken syllables. */
    private static final Map<String, Integer> IRREGULAR = Map.ofEntries(
            Map.entry("every", 2), Map.entry("everyone", 3), Map.entry("everything", 3), Map.entry("evening", 2),
            Map.entry("business", 2), Map.entry("interest", 2), Map.entry("interested", 3), Map.entry("people", 2),
            Map.entry("sometimes", 2), Map.entry("someone", 2), Map.entry("something", 2), Map.entry("therefore", 2),
            Map.entry("whereas", 2), Map.entry("whereby", 2), Map.entry("recipe", 3), Map.entry("does", 1),
            Map.entry("doesn't", 2), Map.entry("science", 2), Map.entry("area", 3), Map.entry("idea", 3),
            Map.entry("being", 2), Map.entry("cooperate", 4), Map.entry("coordinate", 4), Map.entry("naive", 2),
            Map.entry("ratio", 3), Map.entry("museum", 3), Map.entry("poem", 2), Map.entry("chocolate", 2),
            Map.entry("vegetable", 3), Map.entry("comfortable", 3), Map.entry("several", 3), Map.entry("society", 4),
            Map.entry("variety", 4), Map.entry("anxiety", 4), Map.entry("quiet", 2), Map.entry("diet", 2),
            Map.entry("client", 2), Map.entry("clients", 2), Map.entry("argue", 2), Map.entry("diabetes", 4),
            Map.entry("reuse", 2),
            Map.entry("create", 2), Map.entry("created", 3), Map.entry("creating", 3), Map.entry("real", 1),
            Map.entry("really", 2), Map.entry("naturally", 4), Map.entry("usually", 4), Map.entry("actually", 4));
    /** Vowel pairs spoken as two syllables: media, trial, biology, video, actual, fluent, calcium, easier, doing, urea, creative. */
    private static final List<Pattern> SPOKEN_APART = Stream.of(
            "(?<![ctsgl])ia",
            "(?<![ctsgxln])io",
            "(?<![gq])eo(?!u)|(?<![gc])eou",
            "(?<![gq])ua",
            "(?<![gq])ue(?=[^sd])",
            "iu",
            "[^aeiou]i(er|est)$",
            "[aeiou]ing$",
            "[^aeiou]ea$",
            "^creat(?!u)").map(Pattern::compile).toList();
    private static final Pattern PLURAL_ES_SPOKEN = Pattern.compile(".*(s|x|z|ch|sh|c|g)es$");
    private static final Pattern PLURAL_S_KEPT = Pattern.compile(".*(ss|us|is|ys|'s)$");
    private static final Pattern FINAL_LE = Pattern.compile(".*[^aeiouy]le$");
    private static final Pattern FINAL_TED_DED = Pattern.compile(".*[td]ed$");
    private static final Pattern FINAL_QUE_GUE = Pattern.compile(".+[qg]ue$");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z']");
    private static final Pattern SILENT_E_BEFORE_SUFFIX = Pattern.compile(".*[^aeiouy]e(ly|ty|ment|ments|ful|fully|ness|less)$");

    @Override
    public int count(String word) {
        var acronym = Syllables.spelledOut(word);
        if (acronym.isPresent()) {
            return acronym.get();
        }
        int total = 0;
        for (String part : word.toLowerCase(Locale.ROOT).replace('’', '\'').split("-")) {
            String w = NOT_LETTER.matcher(part).replaceAll("");
            if (!w.isEmpty()) {
                Integer known = IRREGULAR.get(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
                total += known != null ? known : ofWord(w);
            }
        }
        return Math.max(1, total);
    }

    private static int ofWord(String word) {
        String w = word.replace("'", "");
        w = withoutPluralS(w);
        int n = vowelGroups(w);
        n -= silentEndings(w);
        n += spokenApart(w);
        return Math.max(1, n);
    }

    /** makes → make, tables → table; boxes, causes, changes keep their spoken -es. */
    private static String withoutPluralS(String w) {
        if (w.length() > 3 && w.endsWith("es") && !PLURAL_ES_SPOKEN.matcher(w).matches() && !vowel(w, w.length() - 3)) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("s") && !PLURAL_S_KEPT.matcher(w).matches() && !w.endsWith("es")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static int vowelGroups(String w) {
        int n = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = vowel(w, i);
            if (v && !inGroup) {
                n++;
            }
            inGroup = v;
        }
        return n;
    }

    /** y before a vowel is a consonant (yes, beyond); elsewhere a vowel (hybrid, they). */
    private static boolean vowel(String w, int i) {
        char c = w.charAt(i);
        if (c == 'y') {
            return i > 0 && (i + 1 >= w.length() || "aeiou".indexOf(w.charAt(i + 1)) < 0);
        }
        return "aeiou".indexOf(c) >= 0;
    }

    private static int silentEndings(String w) {
        if (vowelGroups(w) < 2) {
            return 0;
        }
        int n = 0;
        if (w.endsWith("e") && !vowel(w, w.length() - 2) && !FINAL_LE.matcher(w).matches()) {
            n++;   // make, type; but table, simple keep a spoken -le
        } else if (w.endsWith("ed") && !FINAL_TED_DED.matcher(w).matches() && !vowel(w, w.length() - 3)) {
            n++;   // used, jumped; but wanted, needed
        }
        if (FINAL_QUE_GUE.matcher(w).matches()) {
            n++;   // unique, fatigue, league: the -ue is not spoken
        }
        if (SILENT_E_BEFORE_SUFFIX.matcher(w).matches()) {
            n++;   // safely, treatment-like: management, careful, awareness
        }
        return n;
    }

    /** Vowel pairs spoken as two syllables. */
    private static int spokenApart(String w) {
        int n = 0;
        for (Pattern p : SPOKEN_APART) {
            n += (int) p.matcher(w).results().count();
        }
        return n;
    }
}
