package org.clinic.handouts.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.clinic.handouts.render.FontSet;
import org.clinic.handouts.write.FontRegistration;
import org.clinic.handouts.write.SubsetTags;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The layout's fonts for the report. OpenPDF names font subsets with random letters; here they come from a
 * source seeded by the document, so the same report gives the same bytes.
 */
final class ReportFonts {
    private ReportFonts() {}

    static void register(ITextFontResolver resolver, FontSet fonts, String document) {
        SubsetTags tags = new SubsetTags();
        tags.seed(digest(document));
        for (FontSet.Face face : fonts.forWriting()) {
            face.font().setSecureRandom(tags);
            FontRegistration.register(resolver, face);
        }
    }

    static byte[] digest(String document) {
        try {
            return MessageDigest.getInstance("MD5").digest(document.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
