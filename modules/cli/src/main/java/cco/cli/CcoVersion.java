package cco.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code cco --version}. */
final class CcoVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"cco " + BuildVersion.VERSION};
    }
}
