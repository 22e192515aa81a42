package org.clinic.handouts.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Problem;
import org.clinic.handouts.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic profile: what it may name, and what it is warned about. */
class ClinicProfileTest {
    @TempDir
    Path tmp;

    private List<Problem> load(String yaml) throws IOException {
        Path file = Files.writeString(tmp.resolve("clinic.yaml"), yaml);
        Problems problems = new Problems(file);
        ClinicLoader.load(file, problems);
        return problems.sorted();
    }

    @Test
    void theSampleProfileLoadsWithEveryField() {
        Problems problems = new Problems(Samples.CONTENT.resolve("clinic.yaml"));
        Clinic clinic = ClinicLoader.load(Samples.CONTENT.resolve("clinic.yaml"), problems).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        assertThat(clinic.logo().mediaType()).isEqualTo("image/svg+xml");
        assertThat(clinic.address()).containsExactly("14 Harbour Row", "Northbridge NB2 4QT");
        assertThat(clinic.paper()).isEqualTo(Clinic.Paper.A4);
        assertThat(clinic.articlesUrl()).isEqualTo("https://www.northbridge-clinic.example/journal/");
    }

    @Test
    void lowContrastColoursAreWarningsNamingTheColours() throws IOException {
        List<Problem> problems = load("""
                name: Pale Clinic
                colours:
                  primary: "#9fd3d6"
                  tint: "#eef5f5"
                disclaimer: Not medical advice.
                """);
        assertThat(problems).extracting(Problem::toString).contains(
                tmp.resolve("clinic.yaml") + ":3:3: warning: colours.primary: #9fd3d6 on #ffffff has a contrast of 1.6:1,"
                        + " below the 4.5:1 that WCAG AA asks for headings on white paper");
        assertThat(problems).noneMatch(Problem::isError);
    }

    @Test
    void badColoursAndPaperAreErrors() throws IOException {
        assertThat(load("""
                name: A Clinic
                colours:
                  primary: teal
                paper: a5
                disclaimer: Not medical advice.
                """)).extracting(Problem::toString).containsExactly(
                tmp.resolve("clinic.yaml") + ":3:12: error: colours.primary: `teal` is not a colour; write it as #rrggbb",
                tmp.resolve("clinic.yaml") + ":4:8: error: paper: `a5` is not a paper size; use a4 or letter");
    }

    @Test
    void theLogoMustStayInsideTheProfilesFolder() throws IOException {
        Files.writeString(tmp.getParent().resolve("secret.png"), "not really a png");
        for (String path : List.of("../secret.png", "/etc/secret.png")) {
            assertThat(load("name: A\nlogo: " + path + "\ndisclaimer: x\n")).singleElement().asString()
                    .contains("error: logo: `" + path + "` must be a path inside the profile's folder");
        }
        Files.createSymbolicLink(tmp.resolve("link.png"), tmp.getParent().resolve("secret.png"));
        assertThat(load("name: A\nlogo: link.png\ndisclaimer: x\n")).singleElement().asString()
                .contains("error: logo: `link.png` leads outside the profile's folder");
        assertThat(load("name: A\nlogo: passwd\ndisclaimer: x\n")).singleElement().asString()
                .contains("must be a .png, .jpg or .svg image");
    }

    @Test
    void aProfileTextTheFontsCannotDrawStopsItsArticlesWithAClearMessage() throws IOException {
        Path article = Samples.variant(tmp.resolve("in"), "any.yaml", text -> text);
        Path profile = tmp.resolve("in/clinic.yaml");
        Files.writeString(profile, Files.readString(profile).replace("14 Harbour Row", "14 Harbour Row ☎"));
        Pipeline.Checked checked = new Pipeline(Optional.empty(), LocalDate.of(2026, 11, 23)).check(article);
        assertThat(checked.article()).isEmpty();
        assertThat(checked.problems()).extracting(Problem::toString).anySatisfy(line -> assertThat(line)
                .contains("clinic.yaml:5:5: error: address[1]: the character '☎' BLACK TELEPHONE (U+260E) cannot be printed"))
                .anySatisfy(line -> assertThat(line).contains("any.yaml:1:1: error: not rendered: the clinic profile"));
    }

    @Test
    void aLogoThatCannotBeDecodedIsAnErrorAtItsLine() throws IOException {
        Files.write(tmp.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertThat(load("name: A\nlogo: broken.png\ndisclaimer: x\n")).singleElement().asString()
                .contains(":2:7: error: logo: `broken.png` cannot be read as an image");
        Files.writeString(tmp.resolve("not.svg"), "<html><body/></html>");
        assertThat(load("name: A\nlogo: not.svg\ndisclaimer: x\n")).singleElement().asString()
                .contains("its root element is <html>, not <svg>");
    }

    @Test
    void anOversizedProfileSaysSo() throws IOException {
        assertThat(load("name: A\ndisclaimer: x\n# " + "x".repeat(2 << 20) + "\n")).singleElement().asString()
                .contains(":1:1: error: the file is 2.0 MB; an article may be at most 1 MB");
    }

    @Test
    void anOverdueReviewIsAWarning() {
        Path article = Samples.variant(tmp.resolve("in"), "overdue.yaml", text -> text);
        Pipeline.Checked checked = new Pipeline(Optional.empty(), LocalDate.of(2027, 7, 1)).check(article);
        assertThat(checked.article()).isPresent();
        assertThat(checked.problems()).extracting(Problem::toString).containsExactly(article
                + ":9:14: warning: next_review: the review was due on 2027-06-24; review the article and set new"
                + " `reviewed` and `next_review` dates");
        assertThat(new Pipeline(Optional.empty(), LocalDate.of(2026, 11, 23)).check(article).problems()).isEmpty();
    }
}
