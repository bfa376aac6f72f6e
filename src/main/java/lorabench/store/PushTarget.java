// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/// Where an account's data is pushed (OrbiWAN push mode, HTTP callbacks): the URL, its authentication (a JSON
/// document such as `{"type":"basic","username":...,"password":...}`), extra HTTP headers, the data format name and
/// vendor settings. A draft for [PushTargetRepository#insert] has id 0.
public record PushTarget(long id, long accountId, URI url, JsonNode auth, Map<String, String> headers,
        String dataFormat, JsonNode settings, boolean enabled, Instant created, Instant updated) {

    public PushTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(dataFormat, "dataFormat");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        headers = Map.copyOf(headers);
    }

    /// {@return a draft target} with no authentication, headers or settings
    public static PushTarget newTarget(long accountId, URI url, String dataFormat) {
        return new PushTarget(0, accountId, url, StoreJson.emptyObject(), Map.of(), dataFormat,
                StoreJson.emptyObject(), true, Instant.EPOCH, Instant.EPOCH);
    }

    public PushTarget withAuth(JsonNode newAuth) {
        return new PushTarget(id, accountId, url, newAuth, headers, dataFormat, settings, enabled, created, updated);
    }

    public PushTarget withHeaders(Map<String, String> newHeaders) {
        return new PushTarget(id, accountId, url, auth, newHeaders, dataFormat, settings, enabled, created, updated);
    }

    public PushTarget withSettings(JsonNode newSettings) {
        return new PushTarget(id, accountId, url, auth, headers, dataFormat, newSettings, enabled, created, updated);
    }

    public PushTarget withEnabled(boolean on) {
        return new PushTarget(id, accountId, url, auth, headers, dataFormat, settings, on, created, updated);
    }

    @Override
    public String toString() {
        return "PushTarget[id=" + id + ", accountId=" + accountId + ", url=" + url + ", dataFormat=" + dataFormat
                + ", enabled=" + enabled + ", auth=redacted]";
    }
}
