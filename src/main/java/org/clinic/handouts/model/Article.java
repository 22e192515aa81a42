package org.clinic.handouts.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One patient article, as the layouts see it. {@code clinicView} is the text of the "What we see at the clinic"
 * box (empty: no box); {@code readingMinutes} is computed from the words, never typed. Labels such as "Key takeaway"
 * belong to the layouts, not here. {@code reviewed} and {@code nextReview} may be null; {@code onlineUrl} is the
 * address of the article's latest version online (for the QR code), or empty.
 */
public record Article(
        String name,
        String language,
        String category,
        String title,
        String standfirst,
        LocalDate published,
        LocalDate reviewed,
        LocalDate nextReview,
        String onlineUrl,
        int readingMinutes,
        List<Paragraph> intro,
        List<Section> sections,
        List<Paragraph> clinicView,
        List<Question> questions,
        Paragraph takeaway,
        List<Source> sources,
        List<Paragraph> disclaimer) {

    public Article {
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
        clinicView = List.copyOf(clinicView);
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
        disclaimer = List.copyOf(disclaimer);
    }
}
