package org.clinic.handouts.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinic.handouts.load.YamlNode.Mapping;
import org.clinic.handouts.load.YamlNode.Scalar;
import org.clinic.handouts.load.YamlNode.Sequence;
import org.clinic.handouts.model.Position;
import org.clinic.handouts.model.Problems;

/**
 * Typed access to one YAML group of fields (a mapping), reporting every missing, empty, mistyped or unknown
 * field to {@link Problems} instead of throwing, and remembering where each value was written.
 */
final class Fields {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Dates an article can plausibly carry; others are typing slips, and PDF dates cannot hold every year. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private final Problems problems;
    private final String path;
    private final Position at;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    private final Map<String, Position> positions;

    private Fields(Problems problems, String path, Position at, Map<String, Position> positions) {
        this.problems = problems;
        this.path = path;
        this.at = at;
        this.positions = positions;
    }

    /** Opens {@code node} as a group with the given known keys; empty when it is not a group (reported). */
    static Optional<Fields> open(YamlNode node, String path, Set<String> known, Problems problems,
                                 Map<String, Position> positions) {
        if (!(node instanceof Mapping mapping)) {
            problems.error(node.at(), path, "expected a group of fields (`key: value` lines), found " + node.describe());
            return Optional.empty();
        }
        Fields fields = new Fields(problems, path, node.at(), positions);
        for (YamlNode.Entry entry : mapping.entries()) {
            if (known.contains(entry.key())) {
                fields.entries.put(entry.key(), entry);
            } else {
                problems.error(entry.keyAt(), fields.path(entry.key()), "unknown field" + suggestion(entry.key(), known));
            }
        }
        return Optional.of(fields);
    }

    Position at() {
        return at;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<YamlNode> node(String key, boolean required) {
        YamlNode.Entry entry = entries.get(key);
        if (entry == null) {
            if (required) {
                problems.error(at, path(key), "missing; this field is required");
            }
            return Optional.empty();
        }
        positions.put(path(key), entry.value().at());
        return Optional.of(entry.value());
    }

    /** A non-empty line of text. */
    Optional<String> text(String key, boolean required) {
        return node(key, required).flatMap(node -> text(node, path(key)));
    }

    /**
     * Whether a text would print as nothing: spaces of every kind (no-break, thin) and invisible format characters
     * (zero-width space, word joiner) count as blank, so a heading of two no-break spaces is refused like "".
     */
    static boolean printsNothing(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    Optional<String> text(YamlNode node, String fieldPath) {
        positions.put(fieldPath, node.at());
        if (!(node instanceof Scalar scalar) || scalar.value() == null) {
            problems.error(node.at(), fieldPath, "expected text, found " + node.describe());
            return Optional.empty();
        }
        if (printsNothing(scalar.value())) {
            problems.error(node.at(), fieldPath, "is empty; write the text or remove the field");
            return Optional.empty();
        }
        Optional<String> unprintable = PrintableText.problem(scalar.value());
        if (unprintable.isPresent()) {
            problems.error(node.at(), fieldPath, unprintable.get());
            return Optional.empty();
        }
        return Optional.of(scalar.value().strip());
    }

    Optional<Integer> integer(String key, boolean required) {
        return text(key, required).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                problems.error(entries.get(key).value().at(), path(key), "expected a whole number, found `" + value + "`");
                return Optional.empty();
            }
        });
    }

    /**
     * A language tag such as {@code en} or {@code en-GB}: it goes into the PDF's and the EPUB's language, which
     * readers and validators take only in that form (BCP 47: letters, then hyphen-joined letters and digits).
     */
    Optional<String> language(String key) {
        return text(key, false).filter(value -> {
            boolean tag = value.length() <= 35 && value.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
            if (!tag) {
                // The value is not repeated: it may hold a line break, and a problem is one line.
                problems.error(entries.get(key).value().at(), path(key),
                        "is not a language tag; write it like en, en-GB or fr-CA");
            }
            return tag;
        });
    }

    Optional<LocalDate> date(String key, boolean required) {
        return text(key, required).flatMap(value -> {
            try {
                LocalDate date = LocalDate.parse(value, ISO_DATE);
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    problems.error(entries.get(key).value().at(), path(key), "`%s` is not a plausible date; the year must be %d to %d"
                            .formatted(value, FIRST_YEAR, LAST_YEAR));
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeException e) {
                problems.error(entries.get(key).value().at(), path(key),
                        "`" + value + "` is not a real date; write it as YYYY-MM-DD, e.g. 2026-06-24");
                return Optional.empty();
            }
        });
    }

    /** A list; a single value where a list is expected is taken as a list of one, as editors often write. */
    List<YamlNode> list(String key, boolean required) {
        Optional<YamlNode> node = node(key, required);
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = switch (node.get()) {
            case Sequence sequence -> sequence.items();
            case Scalar scalar when scalar.value() == null -> List.of();
            default -> List.of(node.get());
        };
        if (items.isEmpty() && required) {
            problems.error(node.get().at(), path(key), "is empty; give at least one item");
        }
        return items;
    }

    static String item(String listPath, int index) {
        return listPath + "[" + (index + 1) + "]";
    }

    private static String suggestion(String key, Set<String> known) {
        return known.stream()
                .map(candidate -> Map.entry(candidate, distance(key, candidate)))
                .filter(e -> e.getValue() <= Math.max(2, key.length() / 3))
                .min(Comparator.comparing(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
                .map(e -> "; did you mean `" + e.getKey() + "`?")
                .orElse("; known fields: " + String.join(", ", new ArrayList<>(new java.util.TreeSet<>(known))));
    }

    /** Levenshtein distance, small strings only (field names). */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
