package org.clinic.handouts.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (Maven writes it), so it is never typed twice. */
final class Version implements IVersionProvider {
    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"handouts " + current()};
    }
}
