// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import picocli.CommandLine;

/// Reads the version from the jar manifest, so `--version` never disagrees with the build.
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = LoraBenchCommand.class.getPackage().getImplementationVersion();
        return new String[] {"lorabench " + (v == null ? "development build" : v),
                "Java " + Runtime.version()};
    }
}
