package org.clinic.handouts.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {
    private final TextSplitter splitter = new TextSplitter(Syllables.of("en").orElseThrow());

    private List<String> sentences(String text) {
        return splitter.sentences(text).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        assertThat(sentences("Ask Dr. Patel about it, e.g. at your next visit. An HbA1c of 6.5% or more means "
                + "diabetes. Is it safe? Yes! See J. R. Smith et al. for more."))
                .containsExactly("Ask Dr. Patel about it, e.g. at your next visit.",
                        "An HbA1c of 6.5% or more means diabetes.", "Is it safe?", "Yes!",
                        "See J. R. Smith et al. for more.");
    }

    @Test
    void addressesAndCitationMarksAreNotWords() {
        List<Sentence> s = splitter.sentences("Read more at https://www.nhs.uk/conditions or www.cdc.gov [2], "
                + "or write to help@clinic.example.");
        assertThat(s).hasSize(1);
        assertThat(s.getFirst().words()).extracting(Word::text).containsExactly("Read", "more", "at", "or", "or",
                "write", "to");
    }

    @Test
    void hyphenatedWordsAreOneWordAndQuotesDoNotHideSentenceEnds() {
        List<Sentence> s = splitter.sentences("Cells are made \"off-the-shelf.\" Doctors call it allogeneic.");
        assertThat(s).hasSize(2);
        assertThat(s.getFirst().words()).extracting(Word::text).containsExactly("Cells", "are", "made",
                "off-the-shelf");
        assertThat(s.getFirst().words().getLast().offset()).isEqualTo(16);  // after the opening quote
    }
}
