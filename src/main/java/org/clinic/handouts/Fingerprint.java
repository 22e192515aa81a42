package org.clinic.handouts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything an article's output depends on: the tool's version, the options, the layout (styles and
 * fonts), the clinic profile and its logo, and the article itself. Equal digests mean equal output files.
 */
final class Fingerprint {
    private final MessageDigest sha;

    Fingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Fingerprint add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return add(bytes);
    }

    Fingerprint add(byte[] bytes) {
        // Length first, so that ("ab", "c") and ("a", "bc") differ.
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
