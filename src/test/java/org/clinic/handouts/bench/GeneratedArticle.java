package org.clinic.handouts.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article before it is written as YAML: the fields of the README's article format, with paragraph
 * texts already carrying their inline markup and {@code [n]} citations.
 */
record GeneratedArticle(
        String name,
        String category,
        String title,
        String standfirst,
        LocalDate published,
        String language,
        List<String> intro,
        List<Section> sections,
        List<String> clinicView,
        List<Question> questions,
        String takeaway,
        List<Source> sources,
        List<String> disclaimer) {

    record Section(String heading, List<String> paragraphs) {}

    record Question(String question, String answer) {}

    record Source(int number, String title, String kind, int year, String url) {}
}
