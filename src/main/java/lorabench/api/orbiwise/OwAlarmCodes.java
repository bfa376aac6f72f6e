// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

/// The codes OrbiWAN's uplink rules refuse frames with ([lorabench.server.uplink.UplinkPolicy.Refusal#code]),
/// shared by the REST side that registers the rules and the push side that turns one into an `alarm` callback.
public final class OwAlarmCodes {
    /// The seed's only `alarm_code` (§Alarm Callback): an uplink without the ADR bit from a device whose
    /// connectivity profile has `allow_non_adr = false`.
    public static final String UPLINK_WITHOUT_ADR = "UPLINK_WITHOUT_ADR";
    /// LoRaBench's code for an uplink of a device registered with `activated: false` (AMB-OW-60); the seed has no
    /// alarm for it, so it is only logged.
    public static final String DEVICE_NOT_ACTIVATED = "DEVICE_NOT_ACTIVATED";

    private OwAlarmCodes() {}
}
