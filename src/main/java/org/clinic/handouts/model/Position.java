package org.clinic.handouts.model;

/** A place in an article file, 1-based, as editors' text editors count. */
public record Position(int line, int column) implements Comparable<Position> {
    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
