package org.clinic.handouts.write;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Objects;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Flying Saucer's resource loader, allowed to read only Flying Saucer's own default stylesheet from the
 * classpath. Our stylesheet and fonts are handed over in memory, so rendering never opens a network connection
 * or a file an article names.
 */
final class LocalOnlyUserAgent extends ITextUserAgent {
    /** Where Flying Saucer keeps its user-agent stylesheet (display rules for XHTML elements). */
    private static final String BUILT_IN = Objects.requireNonNull(
            ITextUserAgent.class.getResource("/resources/css/"), "Flying Saucer's resources/css").toString();

    LocalOnlyUserAgent(ITextOutputDevice device, int dotsPerPixel) {
        super(device, dotsPerPixel);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        return openConnection(uri).getInputStream();
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        if (uri != null && uri.startsWith(BUILT_IN) && !uri.contains("..")) {
            return new URL(uri).openConnection();
        }
        throw new IOException("refused to load " + uri + ": handouts render offline, from their own files only");
    }
}
