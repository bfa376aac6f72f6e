// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.status;

/// The lifecycle of the embedded network server, as the status bar shows it.
public enum ServerState {
    NOT_STARTED("not started"),
    STARTING("starting"),
    RUNNING("running"),
    STOPPING("stopping"),
    STOPPED("stopped"),
    FAILED("failed");

    private final String label;

    ServerState(String label) {
        this.label = label;
    }

    /// {@return the lower-case words shown after "Server:"}
    public String label() {
        return label;
    }
}
