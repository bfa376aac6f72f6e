// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.store.Device;

/// What the Devices screen can make a virtual device do: the seam between the screen and a simulator (the
/// in-process [SimulatedDevices], or a simulator service). Every method returns at once; the futures complete on
/// the simulator's threads, after the radio exchange.
public interface VirtualDeviceActions {
    /// {@return whether a virtual device with this DevEUI exists}
    boolean isVirtual(Eui64 devEui);

    /// {@return the EUIs of the virtual gateways}
    List<Eui64> gateways();

    /// Adds a virtual gateway connected to the embedded server. {@return its EUI once connected}
    CompletableFuture<Eui64> addGateway(Eui64 eui);

    /// Creates a virtual device with the identity, keys, version, band, class and activation of the provisioned
    /// `device` (adding a gateway first when there is none). {@return when it is on the air}
    CompletableFuture<Void> create(Device device);

    /// Starts an OTAA join. {@return the outcome after the join-accept, or after the last attempt}
    CompletableFuture<JoinResult> join(Eui64 devEui);

    /// Sends an uplink. {@return what happened after its receive windows}
    CompletableFuture<UplinkReport> sendUplink(Eui64 devEui, int fPort, Bytes payload, boolean confirmed);

    /// {@return the device's current behaviour}
    Optional<DeviceBehaviour> behaviour(Eui64 devEui);

    /// Changes how the device answers (ACKs, battery, margin).
    CompletableFuture<Void> setBehaviour(Eui64 devEui, DeviceBehaviour behaviour);

    /// Takes the virtual device off the air. {@return whether there was one}
    boolean remove(Eui64 devEui);

    /// The outcome of a join.
    record JoinResult(boolean joined, Optional<DevAddr> devAddr, int attempts, String failure) {
        public JoinResult {
            Objects.requireNonNull(devAddr, "devAddr");
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public String toString() {
            return joined ? "joined as " + devAddr.map(Object::toString).orElse("?") + " after " + attempts
                    + (attempts == 1 ? " attempt" : " attempts") : "join failed after " + attempts + " attempts: "
                    + failure;
        }
    }

    /// The outcome of an uplink: its FCnt, the acknowledgement of a confirmed uplink, and the downlink received.
    record UplinkReport(long fCnt, boolean confirmed, boolean acked, int transmissions, Optional<String> downlink) {
        public UplinkReport {
            Objects.requireNonNull(downlink, "downlink");
        }

        @Override
        public String toString() {
            return "uplink FCnt " + fCnt + (confirmed ? (acked ? ", acknowledged" : ", not acknowledged") : "")
                    + downlink.map(d -> "; received " + d).orElse("; no downlink");
        }
    }
}
