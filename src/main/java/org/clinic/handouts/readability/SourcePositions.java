package org.clinic.handouts.readability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinic.handouts.model.Position;

/**
 * Finds where a word of a paragraph was written in the article file, so a warning can name its line and column.
 * The loader knows where each paragraph's value starts; the words are then found in order from there. A word the
 * file does not hold as written (changed by markup) is placed at the last one found.
 */
final class SourcePositions {
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    private SourcePositions(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    static SourcePositions of(Path file) {
        try {
            return new SourcePositions(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return new SourcePositions("");  // every position then stays at its paragraph's start
        }
    }

    /** Where the text at {@code at} begins, as an offset into the file. */
    int offset(Position at) {
        if (at.line() < 1 || at.line() > lineStarts.size()) {
            return text.length();
        }
        return Math.min(text.length(), lineStarts.get(at.line() - 1) + Math.max(0, at.column() - 1));
    }

    /** The first place at or after {@code from} where {@code word} is written; -1 when it is not. */
    int find(String word, int from) {
        return from >= text.length() ? -1 : text.indexOf(word, from);
    }

    Position position(int offset) {
        int line = 0;
        int lo = 0;
        int hi = lineStarts.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                line = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return new Position(line + 1, offset - lineStarts.get(line) + 1);
    }
}
