// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.Uplink;

/// Rebuilds the [ServerEvent.UplinkReceived] of a stored uplink, so that formatters render live and stored
/// payloads with the same code. The stored uplink keeps the data rate as text only, so the event's numeric data
/// rate is -1 (unknown); every reception carries the uplink's frequency and data rate text.
final class StoredUplinks {
    private StoredUplinks() {}

    static ServerEvent.UplinkReceived event(Uplink u) {
        var receptions = u.gateways().stream().map(g -> new Reception(g.gatewayEui(), g.rssi(), g.snr(),
                u.frequencyHz(), u.dataRate(), g.tmst(), g.channel(), g.rfChain(), u.received())).toList();
        return new ServerEvent.UplinkReceived(u.received(), u.id(), u.devEui(), u.devAddr(), u.fCnt(), u.fPort(),
                u.payload(), u.confirmed(), -1, receptions, u.phyPayload());
    }
}
