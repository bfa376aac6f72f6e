// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.Locale;

/// How well a gateway hears a device, by the RSSI of the last uplink it forwarded: the colour of a link in the
/// position plot. The limits are the usual rules of thumb for LoRa at 125 kHz: above −90 dBm a link is comfortable,
/// below −115 dBm only the higher spreading factors still get through (SX1276 sensitivity is −123 dBm at SF7 and
/// −137 dBm at SF12).
public enum RssiClass {
    /// RSSI above [#GOOD_ABOVE_DBM].
    GOOD,
    /// RSSI from [#POOR_BELOW_DBM] up to [#GOOD_ABOVE_DBM].
    FAIR,
    /// RSSI below [#POOR_BELOW_DBM].
    POOR;

    public static final double GOOD_ABOVE_DBM = -90;
    public static final double POOR_BELOW_DBM = -115;

    /// {@return the class of an RSSI in dBm}
    public static RssiClass of(double rssiDbm) {
        if (rssiDbm > GOOD_ABOVE_DBM) {
            return GOOD;
        }
        return rssiDbm < POOR_BELOW_DBM ? POOR : FAIR;
    }

    /// {@return the CSS pseudo-class name}: `good`, `fair` or `poor`
    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// {@return the legend text}
    public String legend() {
        return switch (this) {
            case GOOD -> "> \u221290 dBm";
            case FAIR -> "\u221290 \u2026 \u2212115 dBm";
            case POOR -> "< \u2212115 dBm";
        };
    }
}
