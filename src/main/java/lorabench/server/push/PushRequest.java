// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lorabench.lorawan.types.Eui64;

/// One HTTP callback a vendor [CallbackFormatter] asks the [PushEngine] to deliver: the vendor's topic name (for
/// the delivery log and subscriptions), method, resolved URL, extra headers (authentication comes from the target)
/// and the JSON body.
///
/// @param storedUplink the stored uplink whose push status the answer decides (OrbiWAN: "When the application has
///                     finished the request (i.e. answered 200 OK) the Server will automatically delete the payload
///                     from the persistent temporary storage"); empty for callbacks that only inform
public record PushRequest(String topic, String method, URI url, Map<String, String> headers, String body,
        Optional<Eui64> devEui, OptionalLong storedUplink) {

    public PushRequest {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(storedUplink, "storedUplink");
        if (!method.equals("POST") && !method.equals("PUT")) {
            throw new IllegalArgumentException("callbacks are POST or PUT, got " + method);
        }
        headers = Map.copyOf(headers);
    }
}
