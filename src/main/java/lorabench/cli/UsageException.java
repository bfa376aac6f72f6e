// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

/// Bad input to a command: reported as one line on stderr, exit code 2.
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
