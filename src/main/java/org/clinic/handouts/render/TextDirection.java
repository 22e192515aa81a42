package org.clinic.handouts.render;

import com.ibm.icu.util.ULocale;

/** The writing direction of a language, from its script (ar, he, fa, ur: rtl; ar-Latn: ltr), as CLDR knows it. */
public final class TextDirection {
    private TextDirection() {}

    /** {@code rtl} or {@code ltr}, the value of the {@code dir} attribute. */
    public static String of(String languageTag) {
        return ULocale.forLanguageTag(languageTag.strip()).isRightToLeft() ? "rtl" : "ltr";
    }
}
