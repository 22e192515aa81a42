package org.clinic.handouts;

/** The tool's version, from the jar's manifest (Maven writes it), so it is never typed twice. */
public final class ToolVersion {
    private ToolVersion() {}

    /** The version; a development build (classes, not the jar) has none. */
    public static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
