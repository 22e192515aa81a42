package org.clinic.handouts.load;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Entity;
import org.w3c.dom.NamedNodeMap;

/**
 * The XML of an SVG logo, read without DTDs or external entities: it must be well-formed, have an svg root, and
 * declare no DTD or entity of its own that lives in another file (Batik would fetch those when drawing it).
 */
final class SvgXml {
    /** The SVG DTDs Batik carries itself, so naming them fetches nothing. */
    private static final Set<String> KNOWN_DTDS = Set.of(
            "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd",
            "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11-basic.dtd",
            "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11-tiny.dtd",
            "http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd");

    private SvgXml() {}

    static Optional<String> problem(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Document document = builder.parse(new ByteArrayInputStream(bytes));
        String root = document.getDocumentElement().getLocalName();
        if (!"svg".equals(root)) {
            return Optional.of("its root element is <" + root + ">, not <svg>");
        }
        Optional<String> repeated = Repetition.of(document);
        if (repeated.isPresent()) {
            return repeated;
        }
        DocumentType type = document.getDoctype();
        if (type == null) {
            return Optional.empty();
        }
        if (type.getSystemId() != null && !KNOWN_DTDS.contains(type.getSystemId())) {
            return Optional.of("its DOCTYPE names the file " + type.getSystemId() + "; remove the DOCTYPE line");
        }
        // Parameter entities (<!ENTITY % x SYSTEM "...">) are not listed below; the declaration text shows them.
        String subset = type.getInternalSubset() == null ? "" : type.getInternalSubset();
        if (subset.contains("SYSTEM") || subset.contains("PUBLIC")) {
            return Optional.of("its DOCTYPE declares something from another file (SYSTEM or PUBLIC); write it into the SVG");
        }
        NamedNodeMap entities = type.getEntities();
        for (int i = 0; i < entities.getLength(); i++) {
            Entity entity = (Entity) entities.item(i);
            if (entity.getSystemId() != null) {
                return Optional.of("the entity " + entity.getNodeName() + " names the file " + entity.getSystemId()
                        + "; write its content into the SVG");
            }
        }
        return Optional.empty();
    }
}
