package org.clinic.handouts.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinic.handouts.load.YamlNode.Entry;
import org.clinic.handouts.load.YamlNode.Mapping;
import org.clinic.handouts.load.YamlNode.Scalar;
import org.clinic.handouts.load.YamlNode.Sequence;
import org.clinic.handouts.model.Position;
import org.clinic.handouts.model.Problems;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into {@link YamlNode}s with positions, within fixed bounds: an article is a page of text, so a
 * huge file, deep nesting or an alias (the building block of "billion laughs" bombs) is refused up front.
 */
final class YamlReader {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 20;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setMaxAliasesForCollections(0);
        return options;
    }

    private final Problems problems;
    private YAMLParser parser;

    YamlReader(Problems problems) {
        this.problems = problems;
    }

    Optional<YamlNode> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            problems.error(Position.START, "", "the file is %.1f MB; an article may be at most 1 MB"
                    .formatted(bytes.length / 1_048_576.0));
            return Optional.empty();
        }
        Optional<String> text = decode(bytes);
        if (text.isEmpty() || !tabsAreAbsent(text.get())) {
            return Optional.empty();
        }
        try (YAMLParser p = FACTORY.createParser(text.get())) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.error(Position.START, "", "the file is empty; an article is a list of `field: value` lines"
                        + " (see the README, \"Writing an article\")");
                return Optional.empty();
            }
            YamlNode root = node(first, 0);
            if (startsAnotherDocument(p)) {
                Position next = here();
                problems.error(documentStart(text.get(), next), "", "a second YAML document starts here (`---`);"
                        + " an article is one document: remove the `---` line, or move what follows to a file of its own");
            }
            return problems.hasErrors() ? Optional.empty() : Optional.of(root);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            Position at = where == null ? Position.START : new Position(where.getLineNr(), where.getColumnNr());
            problems.error(at, "", "YAML syntax: " + describe(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Position.START, "", "cannot read the YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            problems.error(Position.START, "", "the file is not UTF-8 text; save it as UTF-8");
            return Optional.empty();
        }
    }

    /** YAML forbids tabs in indentation; the parser's own message for it is cryptic, so say it plainly per line. */
    private boolean tabsAreAbsent(String text) {
        String[] lines = text.split("\n", -1);
        boolean clean = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                if (line.charAt(indent) == '\t') {
                    problems.error(new Position(i + 1, indent + 1), "",
                            "tab character in the indentation; YAML indents with spaces only");
                    clean = false;
                    break;
                }
                indent++;
            }
        }
        return clean;
    }

    private YamlNode node(JsonToken token, int depth) throws IOException {
        Position at = here();
        if (depth > MAX_DEPTH) {
            problems.error(at, "", "nesting is deeper than %d levels; an article never needs that".formatted(MAX_DEPTH));
            parser.skipChildren();
            return new Scalar(null, at);
        }
        if (parser.isCurrentAlias()) {
            problems.error(at, "", "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
            return new Scalar(null, at);
        }
        return switch (token) {
            case START_OBJECT -> mapping(at, depth);
            case START_ARRAY -> sequence(at, depth);
            case VALUE_NULL -> new Scalar(null, at);
            default -> new Scalar(parser.getText(), at);
        };
    }

    private Mapping mapping(Position at, int depth) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = here();
            YamlNode value = node(parser.nextToken(), depth + 1);
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                problems.error(keyAt, key, "duplicate key; `%s` is already set at line %d".formatted(key, first.line()));
            } else {
                entries.add(new Entry(key, keyAt, value));
            }
        }
        return new Mapping(entries, at);
    }

    private Sequence sequence(Position at, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(node(token, depth + 1));
        }
        return new Sequence(items, at);
    }

    /** Whether more follows the first document; a trailing `---` with nothing after it loses nothing. */
    private static boolean startsAnotherDocument(YAMLParser p) throws IOException {
        JsonToken next = p.nextToken();
        if (next != null && next.isScalarValue() && p.getText().isEmpty()) {
            return p.nextToken() != null;
        }
        return next != null;
    }

    /** The `---` line that starts the document whose first value is at {@code next}, else {@code next}. */
    private static Position documentStart(String text, Position next) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.min(next.line(), lines.length) - 1; i >= 0; i--) {
            if (lines[i].startsWith("---")) {
                return new Position(i + 1, 1);
            }
        }
        return next;
    }

    private Position here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    /**
     * SnakeYAML's message without its context lines (" in 'reader', line 2…", the quoted source and the caret):
     * "while scanning a quoted scalar: found unexpected end of stream".
     */
    private static String describe(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable YAML";
        }
        List<String> parts = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip).toList();
        return parts.isEmpty() ? message.strip() : String.join(": ", parts);
    }
}
