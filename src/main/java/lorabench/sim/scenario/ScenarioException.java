// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

/// A scenario file is invalid. The message is `path: reason`, with the JSON path of the offending value
/// (`devices[1].uplink.interval: must be a positive duration like "5m" or "PT5M"`).
public final class ScenarioException extends RuntimeException {
    private final String path;
    private final String reason;

    public ScenarioException(String path, String reason) {
        super(path.isEmpty() ? reason : path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    public ScenarioException(String path, String reason, Throwable cause) {
        super(path.isEmpty() ? reason : path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /// {@return the JSON path of the offending value} (empty for the document itself)
    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
