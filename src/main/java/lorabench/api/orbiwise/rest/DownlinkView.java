// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lorabench.api.orbiwise.OwSessionIds;
import lorabench.store.Downlink;
import lorabench.store.DownlinkStatus;

/// Downlink objects (seed §Send downlink payload): `id`, `fcnt`, `port`, `transmissionStatus`, `session_id`,
/// `data` when the emulator setting asks for it (AMB-OW-18), and the application's `tag` when the POST gave one
/// (placed after `port`, as in the seed's `payloads_dl` callback). A pending downlink shows the counter it will get if
/// nothing else goes out first.
final class DownlinkView {
    private final OwServices s;

    DownlinkView(OwServices s) {
        this.s = s;
    }

    /// {@return the OrbiWAN `transmissionStatus`} (seed: 0 pending, 1 sent, 2 acknowledged, 3 not acknowledged,
    /// 4 error, 5 cancelled)
    static int transmissionStatus(DownlinkStatus st) {
        return switch (st) {
            case PENDING -> 0;
            case SENT -> 1;
            case ACKNOWLEDGED -> 2;
            case NOT_ACKNOWLEDGED -> 3;
            case ERROR -> 4;
            case CANCELLED -> 5;
        };
    }

    /// @param nextFCnt the counter the first pending downlink of the queue will use
    /// @param queue    the target's downlinks in queue order (to place a pending one)
    ObjectNode of(Downlink d, long nextFCnt, List<Downlink> queue, OwFormat.DataFormat format, String sessionKey) {
        ObjectNode o = s.json().createObjectNode();
        o.put("id", d.id());
        if (s.settings().includeDownlinkData()) {
            o.put("data", format.encode(d.payload()));
        }
        long ahead = queue.stream().filter(x -> x.status() == DownlinkStatus.PENDING && x.id() < d.id()).count();
        // A counter the application forced is the one it goes out with; otherwise a pending one's is predicted.
        o.put("fcnt", d.fCnt().or(d::requestedFCnt).orElse(d.status() == DownlinkStatus.PENDING ? nextFCnt + ahead
                : 0L));
        o.put("port", d.fPort());
        d.tag().ifPresent(t -> o.put("tag", t));
        o.put("transmissionStatus", transmissionStatus(d.status()));
        o.put("session_id", OwSessionIds.of(sessionKey));
        o.put("timestamp", OwFormat.time(d.created()));
        d.error().ifPresent(e -> o.put("error", e));
        return o;
    }
}
