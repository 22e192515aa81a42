package org.clinic.handouts.load;

import java.util.Optional;
import java.util.regex.Pattern;

/** WCAG 2 colour arithmetic: relative luminance and contrast ratio of #rrggbb colours. */
final class Contrast {
    /** WCAG AA for body-size text. */
    static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private Contrast() {}

    /** The colour as lower-case #rrggbb, or empty if it is not a hex colour. */
    static Optional<String> normalise(String colour) {
        if (!HEX.matcher(colour).matches()) {
            return Optional.empty();
        }
        String hex = colour.substring(1).toLowerCase(java.util.Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return Optional.of("#" + hex);
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
