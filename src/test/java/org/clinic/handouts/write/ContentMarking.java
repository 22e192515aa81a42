package org.clinic.handouts.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Reads every page's content stream operator by operator: each piece of text, path, image or shading must lie
 * in a marked-content sequence that is either an artifact or real content with an id, and the ids on a page are
 * exactly those the structure tree points to there.
 */
final class ContentMarking {
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*",
            "b", "b*", "Do", "sh", "BI");

    private ContentMarking() {}

    /** What is wrong, one line a problem; empty when every page is fully marked and matches the tree. */
    static List<String> problems(PDDocument pdf, List<TaggedStructure.Element> tree) {
        List<TaggedStructure.Piece> pieces = TaggedStructure.flatten(tree).stream()
                .flatMap(e -> e.pieces().stream()).toList();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            n++;
            int pageNumber = n;
            Set<Integer> inTree = new TreeSet<>();
            pieces.stream().filter(p -> page.equals(p.page())).forEach(p -> {
                if (!inTree.add(p.mcid())) {
                    problems.add("page " + pageNumber + ": MCID " + p.mcid() + " twice in the tree");
                }
            });
            Set<Integer> inContent = new TreeSet<>();
            scan(page, n, inContent, problems);
            if (!inTree.equals(inContent)) {
                problems.add("page " + n + ": tree has MCIDs " + inTree + ", content has " + inContent);
            }
        }
        return problems;
    }

    private static void scan(PDPage page, int n, Set<Integer> ids, List<String> problems) {
        Deque<String> open = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        try {
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator op)) {
                    operands.add((COSBase) token);
                    continue;
                }
                switch (op.getName()) {
                    case "BMC" -> open.push(((COSName) operands.get(0)).getName());
                    case "BDC" -> {
                        String tag = ((COSName) operands.get(0)).getName();
                        if (!"Artifact".equals(tag)) {
                            int mcid = operands.get(1) instanceof COSDictionary d ? d.getInt(COSName.MCID) : -1;
                            if (mcid < 0 || !ids.add(mcid)) {
                                problems.add("page " + n + ": " + tag + " with MCID " + mcid);
                            }
                            if (!open.isEmpty()) {
                                problems.add("page " + n + ": " + tag + " nested in " + open.peek());
                            }
                        }
                        open.push(tag);
                    }
                    case "EMC" -> open.pop();
                    default -> {
                        if (PAINTING.contains(op.getName()) && open.isEmpty()) {
                            problems.add("page " + n + ": " + op.getName() + " outside marked content");
                        }
                    }
                }
                operands.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!open.isEmpty()) {
            problems.add("page " + n + ": unclosed " + open);
        }
    }
}
