package org.clinic.handouts.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;

/**
 * Reads a small YAML file of the layout ({@code labels/en.yaml}, {@code cover.yaml}) into a record: keys in
 * snake_case, every key required and no unknown key, so a typo is an error naming the file, never a silent default.
 */
final class StyleData {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private StyleData() {}

    static <T> T read(Layout layout, String name, Class<T> type) {
        try {
            return YAML.readValue(layout.text(name), type);
        } catch (UnrecognizedPropertyException e) {
            throw fault(name, e, path(e, e.getPropertyName()) + ": unknown key");
        } catch (MismatchedInputException e) {
            String missing = e.getOriginalMessage().replaceFirst("(?s)^Missing creator property '([^']*)'.*", "$1");
            throw fault(name, e, missing.equals(e.getOriginalMessage()) ? path(e, null) + ": " + firstLine(e)
                    : path(e, missing) + ": missing; every key is required");
        } catch (JsonProcessingException e) {
            throw fault(name, e, firstLine(e));
        } catch (IOException e) {
            throw new HandoutsException(ExitCode.FAILURE, "layout " + name + ": " + e.getMessage(), e);
        }
    }

    /** A layout YAML file as a tree, for catalogues merged from several files. */
    static com.fasterxml.jackson.databind.JsonNode tree(java.nio.file.Path file, String name) {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = YAML.readTree(java.nio.file.Files.readString(file));
            return tree == null ? YAML.createObjectNode() : tree;
        } catch (JsonProcessingException e) {
            throw fault(name, e, firstLine(e));
        } catch (IOException e) {
            throw new HandoutsException(ExitCode.FAILURE, "layout " + name + ": " + e.getMessage(), e);
        }
    }

    /** A merged tree as a record, with the same strictness as {@link #read}. */
    static <T> T convert(com.fasterxml.jackson.databind.JsonNode tree, String name, Class<T> type) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (MismatchedInputException e) {
            String missing = e.getOriginalMessage().replaceFirst("(?s)^Missing creator property '([^']*)'.*", "$1");
            throw new HandoutsException(ExitCode.FAILURE, "layout " + name + ": " + (missing.equals(e.getOriginalMessage())
                    ? path(e, null) + ": " + firstLine(e) : path(e, missing) + ": missing; every key is required"), e);
        } catch (JsonProcessingException e) {
            throw new HandoutsException(ExitCode.FAILURE, "layout " + name + ": " + firstLine(e), e);
        }
    }

    private static HandoutsException fault(String name, JsonProcessingException e, String what) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new HandoutsException(ExitCode.FAILURE, "layout " + name + where + ": " + what, e);
    }

    /** The key's place in the file, e.g. {@code accessibility.links}. */
    private static String path(JsonMappingException e, String last) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null && !r.getFieldName().equals(last)) {
                path.append(path.isEmpty() ? "" : ".").append(SNAKE.translate(r.getFieldName()));
            }
        }
        if (last != null) {
            path.append(path.isEmpty() ? "" : ".").append(SNAKE.translate(last));
        }
        return path.toString();
    }

    private static String firstLine(JsonProcessingException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    }
}
