// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// Whether the 400 ms dwell-time limit applies to uplinks and downlinks by default (before any TxParamSetupReq).
public record DwellTime(boolean uplink, boolean downlink) {
    public static final DwellTime NONE = new DwellTime(false, false);
}
