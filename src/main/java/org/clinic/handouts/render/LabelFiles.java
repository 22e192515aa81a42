package org.clinic.handouts.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;

/**
 * Merges the label files for a language tag, most general first: {@code en}, then the primary language
 * ({@code es}), then the full tag ({@code es-MX}); of each name the built-in file, then the one in --styles. So a
 * clinic overrides one label by writing only that key, and a key a translation lacks stays English and is listed
 * in {@link Merged#missing}, for a warning. A key English does not have is a typo: an error naming the file.
 */
final class LabelFiles {
    private LabelFiles() {}

    record Merged(JsonNode tree, String name, List<String> missing) {}

    static Merged merge(Layout layout, String languageTag) {
        String tag = languageTag.strip();
        String english = Labels.FOLDER + Labels.DEFAULT_LANGUAGE + ".yaml";
        List<Path> base = layout.layers(english);
        if (base.isEmpty()) {
            throw new HandoutsException(ExitCode.FAILURE, "layout " + english + " is missing");
        }
        ObjectNode tree = (ObjectNode) StyleData.tree(base.getFirst(), english).deepCopy();
        JsonNode reference = tree.deepCopy();
        for (Path user : base.subList(1, base.size())) {
            overlay(tree, reference, StyleData.tree(user, english), english, "");
        }
        ObjectNode translated = tree.objectNode();
        String used = english;
        for (String name : chain(tag)) {
            for (Path file : layout.layers(Labels.FOLDER + name + ".yaml")) {
                String shown = Labels.FOLDER + name + ".yaml";
                JsonNode layer = StyleData.tree(file, shown);
                overlay(tree, reference, layer, shown, "");
                overlay(translated, reference, layer, shown, "");
                used = shown;
            }
        }
        List<String> missing = new ArrayList<>();
        if (!primary(tag).equals(Labels.DEFAULT_LANGUAGE) && used.equals(english)) {
            missing.add("");   // no catalogue at all: the root key, so one warning says so, not one per key
        } else if (!primary(tag).equals(Labels.DEFAULT_LANGUAGE)) {
            lacking(reference, translated, "", missing);
        }
        return new Merged(tree, used, List.copyOf(missing));
    }

    /** The names after English to look for, general to particular; only letters, digits and hyphens name a file. */
    private static List<String> chain(String tag) {
        Set<String> names = new LinkedHashSet<>();
        String[] parts = tag.split("[-_]");
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            name.append(name.isEmpty() ? part.toLowerCase(Locale.ROOT) : "-" + part);
            if (name.toString().matches("[A-Za-z0-9-]+")) {
                names.add(name.toString());
            }
        }
        names.remove(Labels.DEFAULT_LANGUAGE);
        // Chinese without a script subtag is Simplified unless its region writes Traditional.
        if (parts[0].equalsIgnoreCase("zh") && parts.length <= 2
                && (parts.length == 1 || !parts[1].matches("(?i)TW|HK|MO|Hant|Hans"))) {
            List<String> ordered = new ArrayList<>(names);
            ordered.add(1, "zh-Hans");
            return List.copyOf(new LinkedHashSet<>(ordered));
        }
        return List.copyOf(names);
    }

    static String primary(String tag) {
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static void overlay(ObjectNode into, JsonNode reference, JsonNode layer, String file, String path) {
        if (!layer.isObject()) {
            throw new HandoutsException(ExitCode.FAILURE, "layout " + file + ": " + (path.isEmpty() ? "" : path + ": ")
                    + "expected keys");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = layer.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode ref = reference.get(e.getKey());
            if (ref == null) {
                throw new HandoutsException(ExitCode.FAILURE, "layout " + file + ": " + at + ": unknown key");
            }
            if (ref.isObject()) {
                JsonNode current = into.get(e.getKey());
                ObjectNode child = current instanceof ObjectNode o ? o : into.putObject(e.getKey());
                overlay(child, ref, e.getValue(), file, at);
            } else if (!e.getValue().isNull()) {
                into.set(e.getKey(), e.getValue());
            }
        }
    }

    private static void lacking(JsonNode reference, JsonNode translated, String path, List<String> missing) {
        for (Iterator<Map.Entry<String, JsonNode>> it = reference.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode have = translated == null ? null : translated.get(e.getKey());
            if (e.getValue().isObject()) {
                lacking(e.getValue(), have, at, missing);
            } else if (have == null) {
                missing.add(at);
            }
        }
    }
}
