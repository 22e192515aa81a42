package org.clinic.handouts.model;

import java.util.List;

/**
 * A run of paragraph text. Layouts switch on {@link #kind()} to decide the markup, so the look of
 * emphasis, links and citations stays in the templates.
 */
public sealed interface Inline {

    String kind();

    record Text(String text) implements Inline {
        public String kind() { return "text"; }
    }

    record Emphasis(List<Inline> children) implements Inline {
        public Emphasis { children = List.copyOf(children); }
        public String kind() { return "emphasis"; }
    }

    record Strong(List<Inline> children) implements Inline {
        public Strong { children = List.copyOf(children); }
        public String kind() { return "strong"; }
    }

    record Link(String url, List<Inline> children) implements Inline {
        public Link { children = List.copyOf(children); }
        public String kind() { return "link"; }
    }

    /** A numbered reference, written {@code [n]} in the article, pointing at source n. */
    record Citation(int number) implements Inline {
        public String kind() { return "citation"; }
    }

    record LineBreak() implements Inline {
        public String kind() { return "break"; }
    }
}
