// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.frame.DataFrame;
import lorabench.store.Device;

/// A rule a northbound API adds to the data-uplink path, consulted once the frame's device is known and its MIC
/// checked, before anything is stored (OrbiWAN: a deactivated device, or an uplink without the ADR bit when the
/// service profile forbids it). A refused uplink is not stored, not answered and produces no
/// [lorabench.server.event.ServerEvent.UplinkReceived]; the server logs it in the session log and publishes
/// [lorabench.server.event.ServerEvent.UplinkRefused] instead.
///
/// A policy runs on the uplink path for every frame of every device: it must be quick and must not throw.
@FunctionalInterface
public interface UplinkPolicy {

    /// {@return why `frame` of `device` must be dropped}, empty to let it through
    Optional<Refusal> check(Device device, DataFrame frame);

    /// Why an uplink is refused: `code` names the rule (upper-case, vendor-chosen), `detail` is for people.
    record Refusal(String code, String detail) {
        public Refusal {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
