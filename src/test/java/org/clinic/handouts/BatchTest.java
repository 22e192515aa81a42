package org.clinic.handouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.write.OutputFolder;
import org.clinic.handouts.write.PrintOptions.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path tmp;

    @Test
    void everyOptionThatShapesTheOutputIsInTheKeyAndSetOrderIsNot() {
        var print = Pipeline.PrintSettings.DEFAULT;
        var base = new Batch.Output(Set.of(Format.PDF, Format.EPUB), Set.of(Variant.STANDARD, Variant.BOOKLET), print);
        List<Batch.Output> changed = List.of(
                new Batch.Output(Set.of(Format.PDF), base.variants(), print),
                new Batch.Output(base.formats(), Set.of(Variant.STANDARD), print),
                new Batch.Output(base.formats(), base.variants(), new Pipeline.PrintSettings(Optional.of(Clinic.Paper.A4), false, false)),
                new Batch.Output(base.formats(), base.variants(), new Pipeline.PrintSettings(Optional.empty(), true, false)),
                new Batch.Output(base.formats(), base.variants(), new Pipeline.PrintSettings(Optional.empty(), false, true)));

        assertThat(changed).extracting(Batch.Output::key).doesNotContain(base.key()).doesNotHaveDuplicates();
        assertThat(new Batch.Output(EnumSet.of(Format.EPUB, Format.PDF), EnumSet.of(Variant.BOOKLET, Variant.STANDARD), print).key())
                .isEqualTo(base.key());
    }

    @Test
    void anArticleGoneBeforeItIsReadIsThatArticlesErrorAndTheOthersRender() {
        Path kept = Samples.variant(tmp.resolve("library"), "kept.yaml", text -> text);
        Path gone = tmp.resolve("library/gone.yaml");
        List<Batch.Result> results = new ArrayList<>();
        var settings = new Batch.Settings(new Batch.Output(Set.of(Format.PDF), Set.of(Variant.STANDARD),
                Pipeline.PrintSettings.DEFAULT), 2, false);

        new Batch(new Pipeline(Optional.empty()), settings).run(List.of(gone, kept), new OutputFolder(tmp.resolve("out")),
                new Batch.Listener() {
                    @Override
                    public void completed(int done, int total, Path file) {}

                    @Override
                    public void result(Batch.Result result) {
                        results.add(result);
                    }
                });

        assertThat(results).extracting(Batch.Result::status).containsExactly(Batch.Status.FAILED, Batch.Status.RENDERED);
        assertThat(results.getFirst().failure()).isEmpty();
        assertThat(results.getFirst().outcome().orElseThrow().problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith(gone + ":").contains("error").contains("cannot read"));
        assertThat(tmp.resolve("out/kept.pdf")).exists();
    }

    @Test
    void aProfileEditedDuringARunIsNotFingerprintedForLeafletsMadeFromTheOldOne() throws IOException {
        Path article = Samples.variant(tmp.resolve("library"), "a.yaml", text -> text);
        Path profile = tmp.resolve("library/clinic.yaml");
        String first = "name: First Clinic\ndisclaimer:\n  - Not advice.\n";
        String second = "name: Second Clinic\ndisclaimer:\n  - Not advice.\n";
        byte[] bytes = Files.readAllBytes(article);
        Files.writeString(profile, second);
        String ofSecond = new Pipeline(Optional.empty()).fingerprint(article, bytes, "key").orElseThrow();
        Files.writeString(profile, first);
        String ofFirst = new Pipeline(Optional.empty()).fingerprint(article, bytes, "key").orElseThrow();
        Pipeline running = new Pipeline(Optional.empty());
        running.check(article, bytes); // a run reads the profile once, with its first article

        Files.writeString(profile, second);

        assertThat(ofFirst).isNotEqualTo(ofSecond);
        assertThat(running.check(article, bytes).clinic().orElseThrow().name()).isEqualTo("First Clinic");
        assertThat(running.fingerprint(article, bytes, "key")).as("the fingerprint of what this run renders")
                .contains(ofFirst);
    }
}
