package org.clinic.handouts.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Random;
import org.clinic.handouts.render.FontSet;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/**
 * The layout's fonts for the report. OpenPDF names font subsets with random letters; here they come from a
 * source seeded by the document, so the same report gives the same bytes.
 */
final class ReportFonts {
    private ReportFonts() {}

    static void register(ITextFontResolver resolver, FontSet fonts, String document) {
        SecureRandom tags = new Seeded(digest(document));
        for (FontSet.Face face : fonts.forWriting()) {
            face.font().setSecureRandom(tags);
            FontDescription description = TrueTypeUtil.extractDescription(face.location(), face.bytes(), face.font(),
                    false, null, null);
            for (String name : TrueTypeUtil.getFamilyNames(face.font())) {
                if (!resolver.getFonts().containsKey(name)) {
                    resolver.addFont(face.font(), face.location(), name);
                    resolver.getFonts().get(name).getFontDescriptions().clear();
                }
                FontFamily family = resolver.getFonts().get(name);
                family.addFontDescription(description);
                family.getFontDescriptions().sort(Comparator.comparingInt(FontDescription::getWeight));
            }
        }
    }

    static byte[] digest(String document) {
        try {
            return MessageDigest.getInstance("MD5").digest(document.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Seeded extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Random random;

        Seeded(byte[] seed) {
            long s = 0;
            for (byte b : seed) {
                s = s * 31 + b;
            }
            random = new Random(s);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }
    }
}
