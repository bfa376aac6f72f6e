// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/// The administrator's API credentials as `<data>/credentials.json` keeps them (DESIGN.md: created on first start,
/// readable by the owner only), with the base URL of the HTTP APIs they open.
///
/// @param username the account name (`admin`)
/// @param password the password, in clear: the file exists so that its owner can read it
/// @param baseUrl  e.g. `http://127.0.0.1:8090/api`, empty when the server's address is not known
public record ApiCredentials(String username, String password, String baseUrl) {
    /// The file name inside the data directory.
    public static final String FILE_NAME = "credentials.json";

    public ApiCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /// {@return the credentials in `dataDirectory`}, empty when the file is missing or not as expected
    public static Optional<ApiCredentials> read(Path dataDirectory, String baseUrl) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(file));
            if (n.path("username").isTextual() && n.path("password").isTextual()) {
                return Optional.of(new ApiCredentials(n.path("username").asText(), n.path("password").asText(),
                        baseUrl));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /// {@return a `curl` call of the status endpoint with these credentials}
    public String curlExample() {
        return "curl -u " + username + ":" + password + " " + (baseUrl.isEmpty() ? "http://127.0.0.1:8090/api"
                : baseUrl) + "/status";
    }

    @Override
    public String toString() {
        return "ApiCredentials[" + username + ", " + baseUrl + "]";
    }
}
