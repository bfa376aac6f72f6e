// SPDX-License-Identifier: Apache-2.0
package lorabench.ui;

import java.util.Objects;

/// What the About dialog and the Settings screen show: the version comes from the jar manifest
/// (`Implementation-Version`), like `lorabench --version`.
///
/// @param version       the application version, or "development build" outside the jar
/// @param javaVersion   the running JDK
/// @param javafxVersion the running JavaFX
/// @param os            operating system name, version and architecture
public record AboutInfo(String version, String javaVersion, String javafxVersion, String os) {
    public AboutInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(javafxVersion, "javafxVersion");
        Objects.requireNonNull(os, "os");
    }

    /// {@return the facts of this running application}
    public static AboutInfo current() {
        String v = AboutInfo.class.getPackage().getImplementationVersion();
        return new AboutInfo(v == null ? "development build" : v, Runtime.version().toString(),
                System.getProperty("javafx.runtime.version", "unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
    }

    /// {@return the multi-line text of the About dialog}
    public String describe() {
        return "LoRaBench " + version + "\nLoRaWAN network-server simulator and test bench\n\n"
                + "Java " + javaVersion + "\nJavaFX " + javafxVersion + "\n" + os;
    }
}
