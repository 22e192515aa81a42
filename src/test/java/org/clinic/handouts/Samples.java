package org.clinic.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.clinic.handouts.write.OutputFolder;

/** The sample content shipped in {@code content/}, rendered once per test class. */
public final class Samples {
    public static final Path CONTENT = Path.of("content");
    public static final Path CAR_NK = CONTENT.resolve("car-nk-cells.yaml");

    private Samples() {}

    /** Renders {@code article} with the built-in layouts into {@code out} and returns the outcome. */
    public static Pipeline.Outcome render(Path article, Path out) {
        Pipeline.Outcome outcome = new Pipeline(Optional.empty()).build(article, Set.of(Format.PDF, Format.EPUB),
                new OutputFolder(out));
        if (outcome.failed()) {
            throw new AssertionError("sample did not render: " + outcome.problems());
        }
        return outcome;
    }

    /** The built-in clinic profile, as used for a folder without clinic.yaml. */
    public static org.clinic.handouts.model.Clinic builtInClinic() {
        Path profile = org.clinic.handouts.render.Layout.of(Optional.empty()).file("clinic.yaml");
        return org.clinic.handouts.load.ClinicLoader.load(profile, new org.clinic.handouts.model.Problems(profile))
                .orElseThrow();
    }

    public static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies the sample article (and its clinic profile with its logo) into {@code folder} under {@code name},
     * changed. The copied profile sets the reading-grade target to 18, so that a test of something else sees only
     * the warnings it is about (the sample reads at grade 13); ReadingLevelTest removes that line.
     */
    public static Path variant(Path folder, String name, java.util.function.UnaryOperator<String> change) {
        try {
            Files.createDirectories(folder);
            for (String profileFile : new String[] {"clinic.yaml", "logo.svg"}) {
                Files.copy(CONTENT.resolve(profileFile), folder.resolve(profileFile),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Path profile = folder.resolve("clinic.yaml");
            Files.writeString(profile, Files.readString(profile) + "reading_grade: 18\n");
            Path file = folder.resolve(name);
            Files.writeString(file, change.apply(Files.readString(CAR_NK)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
