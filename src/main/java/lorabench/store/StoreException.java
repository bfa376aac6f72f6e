// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// A database operation failed (connection lost, constraint violated, migration failed). Unchecked: callers that can
/// recover (a duplicate name in an API request) catch it where they handle the error.
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
