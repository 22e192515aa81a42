package org.clinic.handouts.readability;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How hard an article is to read: its grade by the language's formula (and SMOG for English), its counts, and
 * the same for each part. Sources, the disclaimer and headings are not counted: patients read the body.
 */
public record ArticleReading(ReadingFormula formula, double grade, Optional<Double> smog, Counts counts,
                             List<Part> parts) {
    public ArticleReading {
        parts = List.copyOf(parts);
    }

    /** The parts from hardest to easiest. */
    public List<Part> hardestParts() {
        return parts.stream().sorted(Comparator.comparingDouble(Part::grade).reversed()).toList();
    }

    /** Every sentence from hardest to easiest (its own grade, then the longer first). */
    public List<Located> hardestSentences() {
        return parts.stream().flatMap(p -> p.sentences().stream()).sorted(HARDEST).toList();
    }

    static final Comparator<Located> HARDEST = Comparator.comparingDouble(Located::grade).reversed()
            .thenComparing(Comparator.comparingInt((Located l) -> l.sentence().words().size()).reversed())
            .thenComparing(Located::at);
}
