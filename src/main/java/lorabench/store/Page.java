// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// A window of a list: skip `offset` rows, return at most `limit`.
public record Page(int offset, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("page offset must not be negative, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    public static Page first(int limit) {
        return new Page(0, limit);
    }

    public Page next() {
        return new Page(offset + limit, limit);
    }
}
