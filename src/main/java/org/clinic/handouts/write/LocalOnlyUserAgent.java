package org.clinic.handouts.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;
import java.util.Objects;
import org.clinic.handouts.model.Asset;
import org.openpdf.text.Image;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Flying Saucer's resource loader, allowed to read only Flying Saucer's own default stylesheet from the
 * classpath and the handout's assets (logo, QR code) from memory. Our stylesheets and fonts are handed over in
 * memory too, so rendering never opens a network connection or a file an article or layout names.
 */
final class LocalOnlyUserAgent extends ITextUserAgent {
    /** The base the document is given: relative image names resolve under it, and only assets are served there. */
    static final String ASSET_BASE = "file:/handouts-assets/";
    /** Where Flying Saucer keeps its user-agent stylesheet (display rules for XHTML elements). */
    private static final String BUILT_IN = Objects.requireNonNull(
            ITextUserAgent.class.getResource("/resources/css/"), "Flying Saucer's resources/css").toString();

    private final Map<String, Asset> assets;
    private final PdfImages images;
    private final int dotsPerPixel;

    LocalOnlyUserAgent(ITextOutputDevice device, int dotsPerPixel, Map<String, Asset> assets, PdfImages images) {
        super(device, dotsPerPixel);
        this.assets = Map.copyOf(assets);
        this.images = images;
        this.dotsPerPixel = dotsPerPixel;
    }

    /** The handout's own images come ready-made from {@link PdfImages}; anything else goes the refusing way. */
    @Override
    public ImageResource getImageResource(String uri) {
        Asset asset = assets.get(assetName(resolveURI(uri) == null ? "" : resolveURI(uri)));
        if (asset == null) {
            return super.getImageResource(uri);
        }
        Image image = images.of(asset);
        image.scaleAbsolute(image.getPlainWidth() * dotsPerPixel, image.getPlainHeight() * dotsPerPixel);
        return new ImageResource(uri, new ITextFSImage(image));
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        Asset asset = uri == null ? null : assets.get(assetName(uri));
        if (asset != null) {
            return new ByteArrayInputStream(asset.bytes());
        }
        return openConnection(uri).getInputStream();
    }

    /** The asset a resolved URI names ("file:/handouts-assets/qr.png" or "file:///handouts-assets/qr.png"). */
    private static String assetName(String uri) {
        try {
            URI parsed = new URI(uri);
            String path = parsed.getPath();
            return "file".equals(parsed.getScheme()) && path != null && path.startsWith("/handouts-assets/")
                    ? path.substring("/handouts-assets/".length()) : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        if (uri != null && uri.startsWith(BUILT_IN) && !uri.contains("..")) {
            return new URL(uri).openConnection();
        }
        throw new IOException("refused to load " + uri + ": handouts render offline, from their own files only");
    }
}
