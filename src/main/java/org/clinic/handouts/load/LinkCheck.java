package org.clinic.handouts.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Link addresses a patient can safely follow from paper or a screen: web pages and e-mail only. */
public final class LinkCheck {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private LinkCheck() {}

    /** What is wrong with {@code url}, if anything; {@code mailtoAllowed} is false for sources. */
    public static Optional<String> check(String url, boolean mailtoAllowed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("`" + url + "` is not a valid address (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme) || (!mailtoAllowed && scheme.equals("mailto"))) {
            return Optional.of("`" + url + "` is not allowed; links must start with https://, http://"
                    + (mailtoAllowed ? " or mailto:" : ""));
        }
        if (!scheme.equals("mailto") && (uri.getHost() == null || !uri.getHost().contains("."))) {
            return Optional.of("`" + url + "` has no valid host name; write the full address, e.g. https://example.org/page");
        }
        if (scheme.equals("mailto") && !uri.getSchemeSpecificPart().contains("@")) {
            return Optional.of("`" + url + "` is not an e-mail address; write mailto:name@example.org");
        }
        return Optional.empty();
    }
}
