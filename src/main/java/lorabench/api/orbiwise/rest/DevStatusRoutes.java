// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.mac.MacCommand;
import lorabench.server.mac.MacLayer;
import lorabench.server.mac.MacState;
import lorabench.server.session.MacStates;
import lorabench.store.Device;
import lorabench.store.DeviceSession;

/// The DevStatus procedure (seed §Request device status, §Get device status): `PUT /rest/nodes/{DevEUI}/status`
/// queues a DevStatusReq in the session's MAC state through the server's [MacLayer], so it rides on the next
/// downlink; `GET` reads the last DevStatusAns (`req_status` 0 never, 1 requested, 2 sent and pending, 3 ready).
final class DevStatusRoutes {
    private final OwServices s;
    private final MacLayer mac;

    DevStatusRoutes(OwServices s) {
        this.s = s;
        this.mac = new MacLayer(s.clock());
    }

    void register(RoutesConfig r) {
        r.put("/rest/nodes/{eui}/status", this::request);
        r.get("/rest/nodes/{eui}/status", this::read);
    }

    private void request(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        Device d = s.access().device(r.account(), r.path("eui"));
        boolean queued = s.db().inTransaction(tx -> {
            Optional<DeviceSession> session = s.sessions().find(tx, d.devEui());
            if (session.isEmpty()) {
                return false;
            }
            MacState next = mac.requestDevStatus(MacStates.of(session.get(), Bands.lookup(d.region())));
            return s.sessions().updateMacState(tx, d.devEui(), MacStates.json(next),
                    session.get().pendingMacCommands());
        });
        if (!queued) {
            throw new OwError(404, "cannot find device session", "cannot find device session: device '"
                    + d.devEui() + "' has not joined");
        }
        ObjectNode data = OwDeviceData.of(d);
        data.put("status_requested", OwFormat.time(s.clock().instant()));
        s.devices().upsert(OwDeviceData.with(d, data));
        ctx.status(200);
    }

    private void read(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        Device d = s.access().device(r.account(), r.path("eui"));
        Optional<MacState> state = s.sessions().find(d.devEui())
                .map(x -> MacStates.of(x, Bands.lookup(d.region())));
        Optional<MacState.DevStatus> st = state.flatMap(MacState::devStatus);
        Optional<Instant> requested = Optional.ofNullable(OwDeviceData.of(d).get("status_requested"))
                .map(n -> OwFormat.parseTime("status_requested", n.asText()));
        int req = 0;
        if (state.isPresent()) {
            List<MacCommand> pending = state.get().pendingCommands();
            int i = indexOfDevStatus(pending);
            if (i >= 0) {
                req = state.get().pendingAttempts().get(i) > 0 ? 2 : 1;
            } else if (st.isPresent() && requested.map(t -> !st.get().receivedAt().isBefore(t)).orElse(true)) {
                req = 3;
            } else if (requested.isPresent()) {
                req = 2; // sent, never answered (AMB-OW-62)
            }
        }
        ObjectNode o = s.json().createObjectNode();
        o.put("battery_status", st.map(MacState.DevStatus::battery).orElse(0));
        o.put("margin_status", st.map(MacState.DevStatus::margin).orElse(0));
        o.put("timestamp_status", st.map(x -> OwFormat.time(x.receivedAt())).orElse(null));
        o.put("req_status", req);
        OwReply.json(ctx, o);
    }

    private static int indexOfDevStatus(List<MacCommand> pending) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i) instanceof MacCommand.DevStatusReq) {
                return i;
            }
        }
        return -1;
    }
}
