// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

/// An import file that cannot be read as CSV or as a JSON array of objects at all (as opposed to a bad row, which
/// becomes a [Rejection]). The message names the line and the problem.
public final class ImportFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportFormatException(String message) {
        super(message);
    }

    public ImportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
