package org.clinic.handouts.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clinic.handouts.model.Inline;
import org.clinic.handouts.model.Paragraph;
import org.junit.jupiter.api.Test;

class InlineMarkupTest {

    private static List<Inline> one(String text) {
        List<String> complaints = new ArrayList<>();
        List<Paragraph> paragraphs = InlineMarkup.paragraphs(text, complaints::add);
        assertThat(complaints).isEmpty();
        assertThat(paragraphs).hasSize(1);
        return paragraphs.getFirst().content();
    }

    @Test
    void emphasisStrongLinksAndCitations() {
        assertThat(one("A *new* and **proven** [trial](https://example.org/t) [2]."))
                .containsExactly(new Inline.Text("A "), new Inline.Emphasis(List.of(new Inline.Text("new"))),
                        new Inline.Text(" and "), new Inline.Strong(List.of(new Inline.Text("proven"))),
                        new Inline.Text(" "), new Inline.Link("https://example.org/t", List.of(new Inline.Text("trial"))),
                        new Inline.Text(" "), new Inline.Citation(2), new Inline.Text("."));
    }

    @Test
    void lineBreaksInsideAParagraphAreSpacesAndBlankLinesSplitParagraphs() {
        assertThat(InlineMarkup.paragraphs("one\ntwo\n\nthree", m -> { })).containsExactly(
                new Paragraph(List.of(new Inline.Text("one two"))), new Paragraph(List.of(new Inline.Text("three"))));
    }

    @Test
    void htmlIsKeptAsText() {
        assertThat(one("a <b>bold</b> claim")).containsExactly(new Inline.Text("a <b>bold</b> claim"));
        assertThat(one("<script>alert(1)</script>")).containsExactly(new Inline.Text("<script>alert(1)</script>"));
    }

    @Test
    void bracketedTextThatIsNotANumberStaysText() {
        assertThat(one("see [note] and [12a]")).containsExactly(new Inline.Text("see [note] and [12a]"));
    }
}
