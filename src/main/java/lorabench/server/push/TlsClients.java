// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/// One HTTP client per distinct [PushTls] setting (a client's SSL context is fixed when it is built), kept while in
/// use: at most [#CAPACITY], the least recently used one closed beyond that. Entries are keyed by a SHA-256 of the
/// settings, so the map holds no key material itself.
final class TlsClients {
    static final int CAPACITY = 32;

    private final Function<SSLContext, HttpClient> builder;
    private final Map<String, HttpClient> clients = new LinkedHashMap<>(16, 0.75f, true);

    TlsClients(Function<SSLContext, HttpClient> builder) {
        this.builder = builder;
    }

    /// {@return the client for `tls`}, built on first use
    /// @throws PushTls.TlsSettingsException when the settings are not usable
    synchronized HttpClient client(JsonNode tls) throws PushTls.TlsSettingsException {
        String id = digest(tls.toString());
        HttpClient c = clients.get(id);
        if (c == null) {
            c = builder.apply(PushTls.context(tls));
            clients.put(id, c);
            if (clients.size() > CAPACITY) {
                var eldest = clients.entrySet().iterator();
                eldest.next().getValue().close();
                eldest.remove();
            }
        }
        return c;
    }

    synchronized void close() {
        clients.values().forEach(HttpClient::close);
        clients.clear();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
