package org.clinic.handouts.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

    private StyleData() {}

    static <T> T read(Layout layout, String name, Class<T> type) {
        try {
            return YAML.readValue(layout.text(name), type);
        } catch (IOException e) {
            String reason = e.getMessage().lines().findFirst().orElse("unreadable");
            throw new HandoutsException(ExitCode.FAILURE, "layout " + name + ": " + reason, e);
        }
    }
}
