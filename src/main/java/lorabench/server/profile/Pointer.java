// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

/// JSON Pointer (RFC 6901) reference-token escaping: `~` becomes `~0` and `/` becomes `~1`.
final class Pointer {
    private Pointer() {
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, String token) {
        return parent + "/" + escape(token);
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
