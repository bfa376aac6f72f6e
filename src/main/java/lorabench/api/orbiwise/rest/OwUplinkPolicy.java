// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import java.util.Optional;
import lorabench.api.orbiwise.OwAlarmCodes;
import lorabench.lorawan.frame.DataFrame;
import lorabench.server.profile.ProfileService;
import lorabench.server.uplink.UplinkPolicy;
import lorabench.store.Device;

/// OrbiWAN's rules on the uplink path, registered with the network server by [OwRest]:
/// - a device registered or updated with `activated: false` ("the network will not allow up and downlink from the
///   device", AMB-OW-60): its uplinks are dropped (not stored, not pushed) and logged, code
///   [OwAlarmCodes#DEVICE_NOT_ACTIVATED];
/// - an uplink without the ADR bit from a device whose service profile's connectivity says `allow_non_adr: false`
///   (seed §Alarm Callback, OW-F-09): dropped, code [OwAlarmCodes#UPLINK_WITHOUT_ADR], which push mode turns into the
///   `alarm` callback. Without a service profile, or when the profile does not say, non-ADR uplinks are accepted.
///
/// The profile is read (through its links) only for frames without the ADR bit.
final class OwUplinkPolicy implements UplinkPolicy {
    private final ProfileService profiles;

    OwUplinkPolicy(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<Refusal> check(Device device, DataFrame frame) {
        if (!OwDeviceData.activated(device)) {
            return Optional.of(new Refusal(OwAlarmCodes.DEVICE_NOT_ACTIVATED,
                    "device not activated (activated: false)"));
        }
        if (frame.fHdr().fCtrl().adr() || device.serviceProfile().isEmpty()) {
            return Optional.empty();
        }
        boolean allowed = profiles.effectiveContent(device.serviceProfile().get())
                .map(c -> c.path("allow_non_adr").asBoolean(true)).orElse(true);
        return allowed ? Optional.empty() : Optional.of(new Refusal(OwAlarmCodes.UPLINK_WITHOUT_ADR,
                "uplink without the ADR bit; service profile " + device.serviceProfile().get()
                        + " has allow_non_adr = false"));
    }
}
