// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import java.util.List;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// Everything the MAC layer needs from one accepted data uplink.
///
/// @param dataRate   data-rate index the uplink was received on
/// @param commands   the MAC commands the device sent (from FOpts, decrypted in 1.1, or an FPort 0 payload)
/// @param signals    one entry per gateway that heard the frame
/// @param receivedAt when the first copy reached the network (DeviceTimeAns refers to the end of the uplink)
public record MacUplink(Band band, MacVersion macVersion, MacState state, boolean adr, boolean adrAckReq,
                        int dataRate, long fCnt32, List<MacCommand> commands, List<UplinkSignal> signals,
                        Instant receivedAt) {
    public MacUplink {
        commands = List.copyOf(commands);
        signals = List.copyOf(signals);
    }

    /// One gateway's reception of the uplink.
    public record UplinkSignal(Eui64 gateway, double rssi, double snr) {}
}
