package org.clinic.handouts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinic.handouts.write.PrintedBody;

/**
 * How a generated library falls on pages: pages per leaflet, body pages under 60 % and 75 % full, body size and
 * characters per line, read from the PDFs. Any build of the tool can be surveyed, so a change of layout can be
 * compared with the one before it on the same articles.
 * <p>
 * Usage: {@code FillSurvey LAUNCHER WORK_DIR ARTICLES TOP_MARGIN_MM BOTTOM_MARGIN_MM [build options...]}
 */
public final class FillSurvey {
    private FillSurvey() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path launcher = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        double top = Double.parseDouble(args[3]) * 72 / 25.4;
        double bottom = Double.parseDouble(args[4]) * 72 / 25.4;
        List<String> options = List.of(args).subList(5, args.length);
        Path library = work.resolve("library");
        Path out = work.resolve("out");
        new ArticleGenerator(42).writeLibrary(library, count, Path.of("content"));
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "build", library.toString(), "--out",
                out.toString(), "--format", "pdf", "--threads", "1", "--no-progress", "--force"));
        command.addAll(options);
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("build exited " + exit);
        }
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(out)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        int pages = 0;
        int bodyPages = 0;
        int under60 = 0;
        int under75 = 0;
        int lastUnder60 = 0;
        double full = 0;
        double all = 0;
        List<String> worst = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PrintedBody body = PrintedBody.of(doc, top, bottom);
                pages += body.pages();
                bodyPages += body.bodyPages();
                List<Double> fills = body.fills();
                for (int i = 0; i < fills.size(); i++) {
                    under60 += fills.get(i) < 0.6 ? 1 : 0;
                    under75 += fills.get(i) < 0.75 ? 1 : 0;
                    if (fills.get(i) < 0.6) {
                        worst.add("%.2f %s page %d of %d".formatted(fills.get(i), pdf.getFileName(), i + 1, fills.size()));
                        lastUnder60 += i == fills.size() - 1 ? 1 : 0;
                    }
                }
                full += body.charsPerFullLine();
                all += body.charsPerLine();
                System.out.printf("%s pages %d body %d size %.2f min %.2f chars/line %.1f (all lines %.1f) fills %s%n",
                        pdf.getFileName(), body.pages(), body.bodyPages(), body.bodySize(), body.smallestSize(),
                        body.charsPerFullLine(), body.charsPerLine(), fills.stream().map("%.2f"::formatted).toList());
            }
        }
        int n = pdfs.size();
        System.out.printf("%nleaflets %d, pages per leaflet %.2f, body pages %d, under 60%% %d (of which last %d), "
                + "under 75%% %d, chars per full line %.1f, per line %.1f%n", n, (double) pages / n, bodyPages,
                under60, lastUnder60, under75, full / n, all / n);
        worst.stream().sorted().limit(15).forEach(System.out::println);
    }
}
