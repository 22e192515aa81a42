package org.clinic.handouts.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Straight quotes become the language's, and French gets its no-break spaces; addresses stay as typed. */
class QuotesAndSpacingTest {
    private static final Layout LAYOUT = Layout.of(Optional.empty());

    private static String apply(String language, String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")));
        QuotesAndSpacing.apply(document, Labels.of(LAYOUT, language).formats(), language);
        return document.getDocumentElement().getTextContent();
    }

    @Test
    void eachLanguageGetsItsQuotesAndApostrophe() throws Exception {
        assertThat(apply("en-GB", "<p>\"Off\" the 'shelf', don't ask the patients' <em>\"own\"</em> cells</p>"))
                .isEqualTo("“Off” the ‘shelf’, don’t ask the patients’ “own” cells");
        assertThat(apply("de", "<p>Das \"Ja\" und 'nein'</p>")).isEqualTo("Das „Ja“ und ‚nein‘");
        assertThat(apply("pl", "<p>To \"tak\"</p>")).isEqualTo("To „tak”");
        assertThat(apply("es", "<p>Las células \"asesinas\"</p>")).isEqualTo("Las células «asesinas»");
        assertThat(apply("zh-Hans", "<p>这种\"现成\"的疗法</p>")).isEqualTo("这种“现成”的疗法");
    }

    @Test
    void frenchKeepsItsMarksOffTheNextLine() throws Exception {
        assertThat(apply("fr", "<p>Il dit \"oui\" : vraiment ? Oui! À 10:30; fin</p>"))
                .isEqualTo("Il dit «\u202Foui\u202F»\u00A0: vraiment\u202F? Oui\u202F! À 10:30\u202F; fin");
        assertThat(apply("fr", "<p>Voir <a class=\"external\" href=\"https://x.org/?a=1\">https://x.org/?a=1</a></p>"))
                .isEqualTo("Voir https://x.org/?a=1");
    }
}
