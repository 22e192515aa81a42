package org.clinic.handouts.write;

import java.security.SecureRandom;
import java.util.Random;

/**
 * OpenPDF names each font subset with six random letters ("QIDSQA+Lato"), which alone makes two renderings of
 * the same leaflet differ. Fonts draw those letters from this source instead, seeded per document from its
 * content, so the tags are stable for the same input and still differ between documents.
 */
public final class SubsetTags extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient ThreadLocal<Random> current = ThreadLocal.withInitial(() -> new Random(0));

    /** Called before each document is written, on the thread that writes it. */
    public void seed(byte[] documentId) {
        long seed = 0;
        for (byte b : documentId) {
            seed = seed * 31 + b;
        }
        current.set(new Random(seed));
    }

    @Override
    public double nextDouble() {
        return current.get().nextDouble();
    }
}
