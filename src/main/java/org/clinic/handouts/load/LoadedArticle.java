package org.clinic.handouts.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Position;

/**
 * An article with where each of its values was written, so later stages can point editors at the right line.
 *
 * @param texts every piece of text as written, for checks on the characters themselves (fonts)
 * @param paragraphs every paragraph with the field it came from, for checks on citations and links
 * @param positions where each field path (e.g. {@code sources[1].url}) was written
 */
public record LoadedArticle(Path file, Article article, List<Located<String>> texts,
                            List<Located<Paragraph>> paragraphs, Map<String, Position> positions) {

    public LoadedArticle {
        texts = List.copyOf(texts);
        paragraphs = List.copyOf(paragraphs);
        positions = Map.copyOf(positions);
    }

    public Position positionOf(String field) {
        return positions.getOrDefault(field, Position.START);
    }

    /** A value with its field path and position. */
    public record Located<T>(String field, Position at, T value) {}
}
