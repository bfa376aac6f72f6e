// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.DownlinkTarget;
import lorabench.ui.dashboard.DashboardEvent.Kind;

/// Turns the server's events into Dashboard lines. Runs on the event thread (never the FX thread).
public final class DashboardEvents {
    private DashboardEvents() {}

    /// {@return the line for `event`}; empty for gateway statistics reports, which are not shown
    public static Optional<DashboardEvent> of(ServerEvent event) {
        return switch (event) {
            case ServerEvent.UplinkReceived u -> Optional.of(new DashboardEvent(u.at(), Kind.UPLINK,
                    Optional.of(u.devEui()), "FCnt " + u.fCnt32() + u.fPort().map(p -> ", FPort " + p).orElse("")
                            + ", " + bytes(u.payload().size()) + (u.confirmed() ? ", confirmed" : "") + ", DR"
                            + u.dataRate() + receptions(u.receptions())));
            case ServerEvent.JoinAccepted j -> Optional.of(new DashboardEvent(j.at(), Kind.JOIN_ACCEPTED,
                    Optional.of(j.devEui()), "DevAddr " + j.devAddr() + ", LoRaWAN " + j.version() + ", DevNonce "
                            + j.devNonce().value() + receptions(j.receptions())));
            case ServerEvent.JoinRejected j -> Optional.of(new DashboardEvent(j.at(), Kind.JOIN_REJECTED,
                    Optional.of(j.devEui()), words(j.reason()) + detail(j.detail())));
            case ServerEvent.DownlinkTransmitted d -> Optional.of(new DashboardEvent(d.at(), Kind.DOWNLINK,
                    d.devEui(), d.window().name().replace('_', ' ') + ", " + mhz(d.frequencyHz()) + ", " + d.dataRate()
                            + ", " + bytes(d.phyPayload().size()) + " via " + d.gateway()));
            case ServerEvent.DownlinkStatusChanged s -> Optional.of(new DashboardEvent(s.at(), Kind.DOWNLINK_STATUS,
                    switch (s.target()) {
                        case DownlinkTarget.Device d -> Optional.of(d.devEui());
                        case DownlinkTarget.Group g -> Optional.empty();
                    }, "#" + s.downlinkId() + (s.target() instanceof DownlinkTarget.Group g ? " (group " + g.groupId()
                            + ")" : "") + " " + lower(s.from()) + " \u2192 " + lower(s.to())
                            + s.error().map(DashboardEvents::detail).orElse("")));
            case ServerEvent.GatewayConnected g -> Optional.of(new DashboardEvent(g.at(), Kind.GATEWAY_CONNECTED,
                    Optional.empty(), "Gateway " + g.gateway() + " from " + g.address().getHostString() + ":"
                            + g.address().getPort()));
            case ServerEvent.MacExchange m -> Optional.of(new DashboardEvent(m.at(), Kind.MAC_COMMAND,
                    Optional.of(m.devEui()), m.command() + switch (m.direction()) {
                        case UPLINK -> " received";
                        case DOWNLINK -> " sent";
                    }));
            case ServerEvent.FrameRejected f -> Optional.of(new DashboardEvent(f.at(), Kind.FRAME_REJECTED,
                    Optional.empty(), words(f.reason()) + detail(f.detail()) + f.gateway().map(g -> " (gateway " + g
                            + ")").orElse("")));
            case ServerEvent.UplinkRefused r -> Optional.of(new DashboardEvent(r.at(), Kind.FRAME_REJECTED,
                    Optional.of(r.devEui()), "Refused " + r.code() + detail(r.detail()) + ", FCnt " + r.fCnt32()));
            case ServerEvent.GatewayStatsReported s -> Optional.empty();
            case ServerEvent.JoinCompleted j -> Optional.of(new DashboardEvent(j.at(), Kind.JOIN_ACCEPTED,
                    Optional.of(j.devEui()), "Join complete: first uplink on DevAddr " + j.devAddr()));
            case ServerEvent.JoinForwarded j -> Optional.empty();
            case ServerEvent.JoinAborted j -> Optional.of(new DashboardEvent(j.at(), Kind.JOIN_REJECTED,
                    Optional.of(j.devEui()), "Join aborted: the device went on with DevAddr " + j.devAddr()));
        };
    }

    private static String receptions(List<Reception> receptions) {
        if (receptions.isEmpty()) {
            return "";
        }
        return ", " + receptions.size() + (receptions.size() == 1 ? " gateway, " : " gateways, ")
                + Math.round(receptions.getFirst().rssi()) + " dBm";
    }

    private static String bytes(int n) {
        return n + (n == 1 ? " byte" : " bytes");
    }

    private static String mhz(long hz) {
        return String.format(Locale.ROOT, "%.1f MHz", hz / 1e6);
    }

    /// {@return `NOT_ACKNOWLEDGED` as "not acknowledged"}
    private static String lower(Enum<?> value) {
        return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /// {@return `UNKNOWN_DEVADDR` as "Unknown devaddr"}
    private static String words(Enum<?> value) {
        String w = lower(value);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String detail(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }
}
