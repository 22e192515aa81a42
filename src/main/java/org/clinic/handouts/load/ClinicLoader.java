package org.clinic.handouts.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Problems;

/**
 * Reads the clinic profile: {@code clinic.yaml} beside the articles, or the built-in default when a folder has none.
 */
public final class ClinicLoader {
    public static final String FILE_NAME = "clinic.yaml";
    private static final String BUILT_IN = "/styles/" + FILE_NAME;
    private static final Set<String> KEYS = Set.of("name", "website", "disclaimer");

    private ClinicLoader() {}

    /** The profile for articles in {@code folder}; empty when the folder's profile has errors (reported). */
    public static Optional<Clinic> forFolder(Path folder, Problems problems) {
        Path file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            return ArticleLoader.readBounded(file, problems).flatMap(bytes -> parse(bytes, problems));
        }
        return builtIn();
    }

    public static Optional<Clinic> builtIn() {
        try (InputStream in = ClinicLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its built-in " + BUILT_IN);
            }
            Problems problems = new Problems(Path.of("(built-in)" + BUILT_IN));
            Optional<Clinic> clinic = parse(in.readAllBytes(), problems);
            if (clinic.isEmpty()) {
                throw new IllegalStateException("the built-in clinic profile is invalid: " + problems.sorted());
            }
            return clinic;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Clinic> parse(byte[] bytes, Problems problems) {
        Optional<Fields> opened = new YamlReader(problems).read(bytes)
                .flatMap(root -> Fields.open(root, "", KEYS, problems, new HashMap<>()));
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Fields f = opened.get();
        Optional<String> name = f.text("name", true);
        Optional<String> website = f.text("website", false);
        List<Paragraph> disclaimer = new ArrayList<>();
        List<YamlNode> items = f.list("disclaimer", true);
        for (int i = 0; i < items.size(); i++) {
            String field = Fields.item("disclaimer", i);
            YamlNode node = items.get(i);
            f.text(node, field).ifPresent(raw -> disclaimer.addAll(
                    InlineMarkup.paragraphs(raw, message -> problems.error(node.at(), field, message))));
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Clinic(name.get(), website.orElse(""), disclaimer));
    }
}
