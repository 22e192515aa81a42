package org.clinic.handouts;

import java.util.EnumSet;
import java.util.Set;

/** What {@code --format} asks for. */
public enum Format {
    PDF, EPUB, BOTH;

    public Set<Format> outputs() {
        return this == BOTH ? EnumSet.of(PDF, EPUB) : EnumSet.of(this);
    }
}
