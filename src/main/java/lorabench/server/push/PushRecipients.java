// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.util.List;
import lorabench.server.event.ServerEvent;
import lorabench.store.DeviceRepository;
import lorabench.store.DownlinkTarget;

/// Which accounts' push targets an event concerns (a device's owner, and whatever sub-accounts a vendor lets see
/// the device).
@FunctionalInterface
public interface PushRecipients {

    /// {@return the ids of the accounts to notify}, in delivery order, without duplicates
    List<Long> accountsFor(ServerEvent event);

    /// {@return recipients that are the owner of the event's device}; gateway events and groups have none
    static PushRecipients deviceOwner(DeviceRepository devices) {
        return event -> PushSubjects.device(event)
                .flatMap(devices::find)
                .flatMap(d -> d.ownerAccountId())
                .map(List::of)
                .orElse(List.of());
    }

    /// Helpers to find what an event is about.
    final class PushSubjects {
        private PushSubjects() {}

        /// {@return the device an event is about}, if any
        public static java.util.Optional<lorabench.lorawan.types.Eui64> device(ServerEvent event) {
            return switch (event) {
                case ServerEvent.UplinkReceived u -> java.util.Optional.of(u.devEui());
                case ServerEvent.JoinAccepted j -> java.util.Optional.of(j.devEui());
                case ServerEvent.JoinRejected j -> java.util.Optional.of(j.devEui());
                case ServerEvent.JoinCompleted j -> java.util.Optional.of(j.devEui());
                case ServerEvent.JoinForwarded j -> java.util.Optional.of(j.devEui());
                case ServerEvent.JoinAborted j -> java.util.Optional.of(j.devEui());
                case ServerEvent.DownlinkStatusChanged d -> d.target() instanceof DownlinkTarget.Device dev
                        ? java.util.Optional.of(dev.devEui()) : java.util.Optional.empty();
                case ServerEvent.DownlinkTransmitted t -> t.devEui();
                case ServerEvent.MacExchange m -> java.util.Optional.of(m.devEui());
                case ServerEvent.GatewayConnected g -> java.util.Optional.empty();
                case ServerEvent.GatewayStatsReported g -> java.util.Optional.empty();
                case ServerEvent.FrameRejected f -> java.util.Optional.empty();
                case ServerEvent.UplinkRefused r -> java.util.Optional.of(r.devEui());
            };
        }
    }
}
