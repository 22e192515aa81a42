package org.clinic.handouts.cli;

import org.clinic.handouts.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"handouts " + ToolVersion.current()};
    }
}
