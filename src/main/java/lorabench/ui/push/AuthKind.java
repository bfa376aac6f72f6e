// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import com.fasterxml.jackson.databind.JsonNode;

/// The push authentication schemes of OrbiWAN push mode (seed §Push Mode Start): at most one of them.
public enum AuthKind {
    /// No `Authorization` header.
    NONE("None", ""),
    /// `push_auth_username` / `push_auth_password`: HTTP Basic.
    BASIC("Basic", "basic"),
    /// `push_auth_access_token`: `Authorization: Bearer <token>`.
    BEARER("Bearer token", "bearer"),
    /// `auth_string`: the `Authorization` header value verbatim.
    HEADER("Authorization header", "header");

    private final String label;
    private final String storedType;

    AuthKind(String label, String storedType) {
        this.label = label;
        this.storedType = storedType;
    }

    /// {@return the name shown in the form and the table}
    public String label() {
        return label;
    }

    /// {@return the kind of a stored target's `auth` document}
    public static AuthKind of(JsonNode auth) {
        String type = auth.path("type").asText("");
        for (AuthKind k : values()) {
            if (k != NONE && k.storedType.equals(type)) {
                return k;
            }
        }
        return NONE;
    }

    @Override
    public String toString() {
        return label;
    }
}
