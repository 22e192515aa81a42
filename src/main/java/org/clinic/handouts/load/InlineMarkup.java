package org.clinic.handouts.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.handouts.model.Inline;
import org.clinic.handouts.model.Paragraph;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Parses the light markup allowed in paragraphs: {@code *emphasis*}, {@code **strong**}, {@code [text](url)} and
 * citations {@code [n]}. A blank line starts a new paragraph. Raw HTML is kept as literal text, never markup.
 */
final class InlineMarkup {
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

    private InlineMarkup() {}

    /** Parses {@code text} into paragraphs; what cannot be used in a handout is described to {@code complaint}. */
    static List<Paragraph> paragraphs(String text, Consumer<String> complaint) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof org.commonmark.node.Paragraph) {
                paragraphs.add(new Paragraph(inlines(block, complaint)));
            } else if (block instanceof HtmlBlock html) {
                // Content is data: tags an editor types are shown as typed, never interpreted.
                paragraphs.add(new Paragraph(List.of(new Inline.Text(html.getLiteral().strip()))));
            } else {
                complaint.accept(describe((Block) block) + " is not supported here; write plain paragraphs"
                        + " (a line starting with `#`, `-`, `>`, `1.` or four spaces is read as one)");
            }
        }
        return paragraphs;
    }

    private static List<Inline> inlines(Node parent, Consumer<String> complaint) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> text.append(t.getLiteral());
                case Code c -> text.append(c.getLiteral());
                case HtmlInline h -> text.append(h.getLiteral());
                case SoftLineBreak ignored -> text.append(' ');
                default -> {
                    flush(text, out, complaint);
                    convert(node, complaint, out);
                }
            }
        }
        flush(text, out, complaint);
        return out;
    }

    private static void convert(Node node, Consumer<String> complaint, List<Inline> out) {
        switch (node) {
            case Emphasis e -> out.add(new Inline.Emphasis(inlines(e, complaint)));
            case StrongEmphasis s -> out.add(new Inline.Strong(inlines(s, complaint)));
            case Link l -> PrintableText.decodedProblem(l.getDestination()).ifPresentOrElse(
                    problem -> complaint.accept("the link's address " + problem),
                    () -> out.add(new Inline.Link(l.getDestination(), inlines(l, complaint))));
            case HardLineBreak ignored -> out.add(new Inline.LineBreak());
            case Image i -> complaint.accept("images are not supported in paragraphs (`![…](" + i.getDestination() + ")`)");
            default -> complaint.accept("unsupported markup: " + node.getClass().getSimpleName());
        }
    }

    /** Adds the pending text, cut into plain runs and citations. */
    private static void flush(StringBuilder text, List<Inline> out, Consumer<String> complaint) {
        if (text.isEmpty()) {
            return;
        }
        // Entities (&#x1b;) become characters only here, after the raw text was checked.
        PrintableText.decodedProblem(text.toString()).ifPresent(complaint);
        Matcher m = CITATION.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new Inline.Text(text.substring(last, m.start())));
            }
            out.add(new Inline.Citation(Integer.parseInt(m.group(1))));
            last = m.end();
        }
        if (last < text.length()) {
            out.add(new Inline.Text(text.substring(last)));
        }
        text.setLength(0);
    }

    private static String describe(Block block) {
        return switch (block) {
            case Heading h -> "a heading";
            case BulletList l -> "a bulleted list";
            case OrderedList l -> "a numbered list";
            case BlockQuote q -> "a quotation block";
            case FencedCodeBlock c -> "a code block";
            case IndentedCodeBlock c -> "an indented code block";
            case ThematicBreak t -> "a horizontal rule";
            default -> "a " + block.getClass().getSimpleName();
        };
    }
}
