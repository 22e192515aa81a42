package org.clinic.handouts.bench;

import java.util.List;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Inline;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Question;
import org.clinic.handouts.model.Section;
import org.clinic.handouts.model.Source;

/**
 * An article as Pandoc Markdown, shaped like our EPUB: one chapter for the article, then Sources and Disclaimer
 * (level-1 headings are Pandoc's chapter breaks), with metadata in a YAML block and citations linking to the
 * sources, and the same images (logo, QR code), so Pandoc builds a comparable book rather than a smaller one.
 */
final class MarkdownExport {
    private static final String SPECIAL = "\\`*_{}[]<>#|~^$@";

    private MarkdownExport() {}

    /**
     * {@code images} are the files beside the Markdown: the clinic's logo heads the article, the others (the QR
     * code) go with the disclaimer, as in our layout.
     */
    static String markdown(Article a, Clinic clinic, List<String> images) {
        String logo = clinic.logo() == null ? "" : clinic.logo().fileName();
        StringBuilder md = new StringBuilder(16 * 1024);
        md.append("---\n")
                .append("title: ").append(yaml(a.title())).append('\n')
                .append("lang: ").append(a.language()).append('\n')
                .append("date: ").append(a.published()).append('\n')
                .append("publisher: ").append(yaml(clinic.name())).append('\n')
                .append("description: ").append(yaml(a.standfirst())).append('\n')
                .append("subject: ").append(yaml(a.category())).append('\n')
                .append("---\n\n");
        md.append("# ").append(text(a.title())).append(" {#article}\n\n");
        if (images.contains(logo)) {
            md.append("![").append(text(clinic.name())).append("](").append(logo).append(") ");
        }
        md.append(text(clinic.name())).append("\n\n");
        md.append("**").append(text(a.category())).append("**\n\n");
        md.append(text(a.standfirst())).append("\n\n");
        md.append(a.published()).append(" · ").append(a.readingMinutes()).append(" min read\n\n");
        paragraphs(md, a.intro());
        for (Section s : a.sections()) {
            md.append("## ").append(text(s.heading())).append(" {#").append(s.id()).append("}\n\n");
            paragraphs(md, s.paragraphs());
        }
        if (!a.clinicView().isEmpty()) {
            md.append("## What we see at the clinic\n\n");
            paragraphs(md, a.clinicView());
        }
        if (!a.questions().isEmpty()) {
            md.append("## Common questions\n\n");
            for (Question q : a.questions()) {
                md.append("### ").append(text(q.question())).append("\n\n");
                paragraphs(md, q.answer());
            }
        }
        md.append("## Key takeaway\n\n");
        paragraphs(md, List.of(a.takeaway()));
        if (!a.sources().isEmpty()) {
            md.append("# Sources {#sources}\n\n");
            for (Source s : a.sources()) {
                md.append("[**\\[").append(s.number()).append("\\]**]{#source-").append(s.number()).append("} ")
                        .append(text(s.title())).append(". *").append(text(s.kind())).append(", ").append(s.year() == null ? "n.d." : s.year())
                        .append(".*\\\n<").append(s.url()).append(">\n\n");
            }
        }
        md.append("# Disclaimer {#disclaimer}\n\n");
        paragraphs(md, a.disclaimer());
        for (String image : images) {
            if (!image.equals(logo)) {
                md.append("![For the latest version, scan the code](").append(image).append(")\n\n");
            }
        }
        return md.toString();
    }

    private static void paragraphs(StringBuilder md, List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            inlines(md, p.content());
            md.append("\n\n");
        }
    }

    private static void inlines(StringBuilder md, List<Inline> inlines) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> md.append(text(t.text()));
                case Inline.Emphasis e -> wrap(md, "*", e.children());
                case Inline.Strong s -> wrap(md, "**", s.children());
                case Inline.Link l -> {
                    md.append('[');
                    inlines(md, l.children());
                    md.append("](").append(l.url().replace(")", "%29")).append(')');
                }
                case Inline.Citation c -> md.append("[\\[").append(c.number()).append("\\]](#source-")
                        .append(c.number()).append(')');
                case Inline.LineBreak b -> md.append("\\\n");
            }
        }
    }

    private static void wrap(StringBuilder md, String mark, List<Inline> children) {
        md.append(mark);
        inlines(md, children);
        md.append(mark);
    }

    /** Plain text with every character Markdown could read as syntax escaped, and line breaks as spaces. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.replace('\n', ' ').toCharArray()) {
            out.append(SPECIAL.indexOf(c) >= 0 ? "\\" : "").append(c);
        }
        return out.toString();
    }

    private static String yaml(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }
}
