package org.clinic.handouts.model;

/** A file that travels with a handout (the clinic logo, the QR code), read once and kept in memory. */
public record Asset(String fileName, String mediaType, byte[] bytes) {

    public Asset {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
