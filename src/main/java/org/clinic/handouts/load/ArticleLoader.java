package org.clinic.handouts.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinic.handouts.load.LoadedArticle.Located;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Position;
import org.clinic.handouts.model.Problems;
import org.clinic.handouts.model.Question;
import org.clinic.handouts.model.Section;
import org.clinic.handouts.model.Source;

/** Reads one article file into the model, reporting every problem it finds rather than stopping at the first. */
public final class ArticleLoader {
    static final Set<String> ARTICLE_KEYS = Set.of("category", "title", "standfirst", "published", "language",
            "intro", "sections", "clinic_view", "questions", "takeaway", "sources", "disclaimer", "reviewed",
            "next_review", "canonical_url");
    private static final Set<String> SECTION_KEYS = Set.of("heading", "paragraphs");
    private static final Set<String> QUESTION_KEYS = Set.of("question", "answer");
    private static final Set<String> SOURCE_KEYS = Set.of("number", "title", "kind", "year", "accessed", "url");

    /** 255 bytes less the longest suffix an output gets: "-large-print.pdf", then ".DIGITS.partial" while written. */
    static final int MAX_NAME_BYTES = 200;
    private final Clinic clinic;

    public ArticleLoader(Clinic clinic) {
        this.clinic = clinic;
    }

    /** The article, or empty when it has errors (all of them added to {@code problems}). */
    public Optional<LoadedArticle> load(Path file, Problems problems) {
        return readBounded(file, problems).flatMap(bytes -> load(file, bytes, problems));
    }

    /**
     * The article from bytes already read from {@code file}: a build reads each file once, and fingerprints and
     * renders those same bytes, so an edit made meanwhile is never recorded as rendered.
     */
    public Optional<LoadedArticle> load(Path file, byte[] bytes, Problems problems) {
        return loadForChecking(file, bytes, problems).filter(article -> !problems.hasErrors());
    }

    /**
     * The article as far as it can be read, so that the checks find every problem in one run: a field with an
     * error is left out (empty text, no date, a source without its bad parts) and the rest is read as usual.
     * Empty only when the file is not a YAML group of fields at all. Never render it when {@code problems} has
     * errors.
     */
    public Optional<LoadedArticle> loadForChecking(Path file, Problems problems) {
        return readBounded(file, problems).flatMap(bytes -> loadForChecking(file, bytes, problems));
    }

    /** {@link #loadForChecking(Path, Problems)} from bytes already read from {@code file}. */
    public Optional<LoadedArticle> loadForChecking(Path file, byte[] bytes, Problems problems) {
        int nameBytes = articleName(file).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (nameBytes > MAX_NAME_BYTES) {
            problems.error(Position.START, "", ("the file name is %d bytes long; the names of its leaflets, and of the"
                    + " temporary files they are written under, would pass the 255-byte limit of most disks:"
                    + " shorten it to %d bytes or fewer").formatted(nameBytes, MAX_NAME_BYTES));
        }
        Optional<YamlNode> root = new YamlReader(problems).read(bytes);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Binding binding = new Binding(problems);
        Optional<Article> article = binding.article(root.get(), articleName(file));
        return article.map(a -> new LoadedArticle(file, a, binding.texts, binding.paragraphs, binding.positions));
    }

    /** The bytes of an article file, at most 1 MB; empty, with an error in {@code problems}, when it cannot be read. */
    public static Optional<byte[]> read(Path file, Problems problems) {
        return readBounded(file, problems);
    }

    private static Optional<Path> danglingLink(Path file) {
        try {
            return Files.isSymbolicLink(file) && !Files.exists(file) ? Optional.of(Files.readSymbolicLink(file))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<byte[]> readBounded(Path file, Problems problems) {
        try {
            Optional<Path> outside = outsideItsFolder(file);
            if (outside.isPresent()) {
                problems.error(Position.START, "", "the file is a symbolic link to " + outside.get()
                        + ", outside its folder; copy the file into the folder instead");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > YamlReader.MAX_BYTES) {
                problems.error(Position.START, "", "the file is %.1f MB; an article may be at most 1 MB"
                        .formatted(size / 1_048_576.0));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(Position.START, "", danglingLink(file).map(target -> "the file is a symbolic link to "
                    + target + ", which does not exist").orElse("cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Where {@code file} really is, when that is outside the folder it is listed in: a content folder cannot make
     * the tool read (and print) a file from elsewhere on the machine. A link to a file in the same folder is fine.
     */
    private static Optional<Path> outsideItsFolder(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        return real.startsWith(folder.toRealPath()) ? Optional.empty() : Optional.of(real);
    }

    public static String articleName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The state of binding one file: what was read, and where. */
    private final class Binding {
        final Problems problems;
        final List<Located<String>> texts = new ArrayList<>();
        final List<Located<Paragraph>> paragraphs = new ArrayList<>();
        final Map<String, Position> positions = new HashMap<>();

        Binding(Problems problems) {
            this.problems = problems;
        }

        Optional<Article> article(YamlNode root, String name) {
            Optional<Fields> opened = Fields.open(root, "", ARTICLE_KEYS, problems, positions);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            Fields f = opened.get();
            Optional<String> category = text(f, "category", true);
            Optional<String> title = text(f, "title", true);
            Optional<String> standfirst = text(f, "standfirst", true);
            var published = f.date("published", true);
            String language = f.language("language").orElse(clinic.language());
            LocalDate reviewed = f.date("reviewed", false).orElse(null);
            LocalDate nextReview = f.date("next_review", false).orElse(null);
            String onlineUrl = text(f, "canonical_url", false)
                    .or(() -> clinic.articlesUrl().isEmpty() ? Optional.empty()
                            : Optional.of(clinic.articlesUrl().replaceAll("/+$", "") + "/" + name))
                    .orElse("");
            List<Paragraph> intro = paragraphs(f, "intro", false);
            List<Section> sections = sections(f);
            List<Paragraph> clinicView = paragraphs(f, "clinic_view", false);
            List<Question> questions = questions(f);
            List<Paragraph> takeaway = paragraphs(f, "takeaway", true);
            List<Source> sources = sources(f);
            List<Paragraph> disclaimer = f.has("disclaimer") ? paragraphs(f, "disclaimer", true) : clinic.disclaimer();
            int minutes = ReadingTime.minutes(texts.stream()
                    .filter(t -> !t.field().startsWith("sources") && !t.field().startsWith("disclaimer")
                            && !t.field().equals("canonical_url"))
                    .map(Located::value).toList());
            Paragraph joinedTakeaway = new Paragraph(takeaway.stream().flatMap(p -> p.content().stream()).toList());
            // A field with an error is left empty here; the caller renders nothing when there were errors.
            return Optional.of(new Article(name, language, category.orElse(""), title.orElse(""),
                    standfirst.orElse(""), published.orElse(null), reviewed, nextReview, onlineUrl, minutes, intro, sections, clinicView, questions, joinedTakeaway, sources, disclaimer));
        }

        Optional<String> text(Fields f, String key, boolean required) {
            Optional<String> value = f.text(key, required);
            value.ifPresent(v -> texts.add(new Located<>(f.path(key), f.node(key, true).get().at(), v)));
            return value;
        }

        /** One or more paragraphs: a text or a list of texts, each of which may hold blank-line-separated ones. */
        List<Paragraph> paragraphs(Fields f, String key, boolean required) {
            List<Paragraph> out = new ArrayList<>();
            List<YamlNode> items = f.list(key, required);
            boolean isList = f.node(key, false).orElse(null) instanceof YamlNode.Sequence;
            for (int i = 0; i < items.size(); i++) {
                String field = isList ? Fields.item(f.path(key), i) : f.path(key);
                YamlNode node = items.get(i);
                f.text(node, field).ifPresent(raw -> {
                    texts.add(new Located<>(field, node.at(), raw));
                    for (Paragraph p : InlineMarkup.paragraphs(raw, message -> problems.error(node.at(), field, message))) {
                        paragraphs.add(new Located<>(field, node.at(), p));
                        out.add(p);
                    }
                });
            }
            return out;
        }

        List<Section> sections(Fields f) {
            List<Section> out = new ArrayList<>();
            List<YamlNode> items = f.list("sections", true);
            for (int i = 0; i < items.size(); i++) {
                String path = Fields.item("sections", i);
                Fields.open(items.get(i), path, SECTION_KEYS, problems, positions).ifPresent(s -> {
                    Optional<String> heading = text(s, "heading", true);
                    List<Paragraph> body = paragraphs(s, "paragraphs", true);
                    heading.ifPresent(h -> out.add(new Section("section-" + (out.size() + 1), h, body)));
                });
            }
            return out;
        }

        List<Question> questions(Fields f) {
            List<Question> out = new ArrayList<>();
            List<YamlNode> items = f.list("questions", false);
            for (int i = 0; i < items.size(); i++) {
                Fields.open(items.get(i), Fields.item("questions", i), QUESTION_KEYS, problems, positions).ifPresent(q -> {
                    Optional<String> question = text(q, "question", true);
                    List<Paragraph> answer = paragraphs(q, "answer", true);
                    question.ifPresent(text -> out.add(new Question(text, answer)));
                });
            }
            return out;
        }

        List<Source> sources(Fields f) {
            List<Source> out = new ArrayList<>();
            List<YamlNode> items = f.list("sources", false);
            for (int i = 0; i < items.size(); i++) {
                Fields.open(items.get(i), Fields.item("sources", i), SOURCE_KEYS, problems, positions).ifPresent(s -> {
                    var number = s.integer("number", true);
                    var title = text(s, "title", true);
                    var kind = text(s, "kind", true);
                    // An undated web page has no year; it is printed "n.d." or with the date it was accessed.
                    var year = s.integer("year", false);
                    var accessed = s.date("accessed", false);
                    var url = text(s, "url", true);
                    // Kept with its bad parts left empty, so that its citations are still checked against it.
                    number.ifPresent(n -> out.add(new Source(n, title.orElse(""), kind.orElse(""), year.orElse(null),
                            accessed.orElse(null), url.orElse(""))));
                });
            }
            return out;
        }
    }
}
