package org.clinic.handouts.write;

import java.util.Comparator;
import org.clinic.handouts.render.FontSet;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.TrueTypeUtil;

/** Registers the layout's fonts with Flying Saucer, for the leaflets and the library report alike. */
public final class FontRegistration {
    private FontRegistration() {}

    /**
     * Adds a font to Flying Saucer. Its own addFont reads weight and style by opening the font file again (from
     * the jar: a sixth of a one-article run for six faces), and the font in use has had its hinting removed in
     * memory, so its tables sit elsewhere than in that file: the description is read from the bytes actually
     * used. addFont is called only for a family's first face, because only it can make the family.
     */
    public static void register(ITextFontResolver resolver, FontSet.Face face) {
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
