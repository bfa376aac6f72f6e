// SPDX-License-Identifier: Apache-2.0
package lorabench.server.device;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Eui64;
import lorabench.server.downlink.ClassBScheduler;
import lorabench.server.downlink.ClassCScheduler;
import lorabench.server.mac.MacLayer;
import lorabench.server.mac.MacState;
import lorabench.server.session.MacStates;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;

/// On-demand network MAC requests for the APIs and the GUI (OrbiWAN DevStatus, a channel-mask change ...).
///
/// A request is queued in the session's MAC state ([MacState#pendingRequests()], the one queue of network requests,
/// LoRaWAN L2 1.0.4 §5) in one transaction, replacing a queued request of the same kind. A class A device gets it
/// in the answer to its next uplink; a class C device at once ([ClassCScheduler]); a class B device in its next
/// ping slot ([ClassBScheduler]). The device's answer is applied
/// by the MAC layer when it arrives (DevStatusAns lands in [#lastDevStatus]) and reported as a
/// [lorabench.server.event.ServerEvent.MacExchange].
///
/// The MAC state is written through [DeviceSessionRepository]: a session cache in front of it must be refreshed
/// after [#request] (none exists when this class was written).
public final class MacRequests {
    /// What became of a request.
    public sealed interface Result {
        /// Queued; `pending` is the device's whole queue of network requests after it, in sending order.
        record Queued(Eui64 devEui, List<MacCommand> pending) implements Result {
            public Queued {
                pending = List.copyOf(pending);
            }
        }

        /// No such device.
        record UnknownDevice(Eui64 devEui) implements Result {}

        /// The device has no session (an OTAA device that has not joined): there is nowhere to send a request.
        record NotJoined(Eui64 devEui) implements Result {}

        /// The command is not a network-initiated request, or its fields do not suit the device.
        record Refused(Eui64 devEui, String reason) implements Result {}
    }

    private final Database db;
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final MacLayer macLayer;
    private final ClassCScheduler classC;
    private final ClassBScheduler classB;

    public MacRequests(Database db, DeviceRepository devices, DeviceSessionRepository sessions, MacLayer macLayer,
            ClassCScheduler classC, ClassBScheduler classB) {
        this.db = Objects.requireNonNull(db, "db");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.macLayer = Objects.requireNonNull(macLayer, "macLayer");
        this.classC = Objects.requireNonNull(classC, "classC");
        this.classB = Objects.requireNonNull(classB, "classB");
    }

    /// Queues a DevStatusReq (LoRaWAN L2 1.0.4 §5.5). {@return the result}
    public Result requestDevStatus(Eui64 devEui) {
        return change(devEui, (band, s) -> macLayer.requestDevStatus(s));
    }

    /// Queues `request`, a network-initiated MAC request (RXParamSetupReq, NewChannelReq, DutyCycleReq,
    /// ForceRejoinReq ...). {@return the result}
    public Result request(Eui64 devEui, MacCommand request) {
        return request(devEui, List.of(request));
    }

    /// Queues `requests` together (several LinkADRReq form one block, L2 1.0.4 §5.3.1). {@return the result}
    public Result request(Eui64 devEui, List<? extends MacCommand> requests) {
        return change(devEui, (band, s) -> macLayer.request(s, requests));
    }

    /// Queues the LinkADRReq block that sets these radio settings and enables exactly `channels`. {@return the
    /// result}, [Result.Refused] when the channel set is empty or names undefined channels
    public Result requestLinkAdr(Eui64 devEui, int dataRate, int txPowerIndex, int nbTrans,
            Collection<Integer> channels) {
        return change(devEui, (band, s) -> macLayer.requestLinkAdr(band, s, dataRate, txPowerIndex, nbTrans,
                channels));
    }

    /// {@return the device's last DevStatusAns}, empty when it never answered one in this session or has none
    public Optional<MacState.DevStatus> lastDevStatus(Eui64 devEui) {
        return state(devEui).flatMap(MacState::devStatus);
    }

    /// {@return the network requests queued for the device}, in sending order (those already sent wait for their
    /// answer)
    public List<MacCommand> pending(Eui64 devEui) {
        return state(devEui).map(MacState::pendingCommands).orElse(List.of());
    }

    /// {@return the device's MAC state}, empty without a device or a session
    public Optional<MacState> state(Eui64 devEui) {
        return devices.find(devEui).flatMap(d -> sessions.find(devEui)
                .map(s -> MacStates.of(s, d.band())));
    }

    private interface Change {
        MacState apply(Band band, MacState state);
    }

    private Result change(Eui64 devEui, Change change) {
        Objects.requireNonNull(devEui, "devEui");
        Result r;
        try {
            r = db.inTransaction(tx -> {
                Optional<Device> d = devices.find(tx, devEui);
                if (d.isEmpty()) {
                    return new Result.UnknownDevice(devEui);
                }
                Optional<DeviceSession> s = sessions.find(tx, devEui);
                if (s.isEmpty()) {
                    return new Result.NotJoined(devEui);
                }
                Band band = d.get().band();
                MacState next = change.apply(band, MacStates.of(s.get(), band));
                sessions.updateMacState(tx, devEui, MacStates.json(next), s.get().pendingMacCommands());
                return new Result.Queued(devEui, next.pendingCommands());
            });
        } catch (IllegalArgumentException e) {
            return new Result.Refused(devEui, e.getMessage());
        }
        if (r instanceof Result.Queued && !classC.trigger(devEui)) {
            classB.trigger(devEui); // does nothing unless the device is in class B
        }
        return r;
    }
}
