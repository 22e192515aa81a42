package org.clinic.handouts.load;

import java.util.List;
import org.clinic.handouts.model.Position;

/** A YAML value with the place it was written, so problems found after parsing still point into the file. */
sealed interface YamlNode {

    Position at();

    /** What an editor would call this kind of value, for "expected text, found a list" messages. */
    String describe();

    /** A scalar; {@code value} is null for an empty value ({@code title:}). */
    record Scalar(String value, Position at) implements YamlNode {
        public String describe() {
            return value == null ? "nothing" : "text";
        }
    }

    record Mapping(List<Entry> entries, Position at) implements YamlNode {
        public Mapping { entries = List.copyOf(entries); }
        public String describe() { return "a group of fields"; }
    }

    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        public Sequence { items = List.copyOf(items); }
        public String describe() { return "a list"; }
    }

    record Entry(String key, Position keyAt, YamlNode value) {}
}
