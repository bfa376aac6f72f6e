// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.Objects;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Position;

/// A virtual gateway of the in-process simulator: where it stands and its own counters since it was added
/// (the `stat` fields of PROTOCOL.TXT §4: `rxnb` received, `rxfw` forwarded, `dwnb` downlinks received, `txnb`
/// emitted), plus the PULL_RESPs it refused with a TX_ACK error.
public record VirtualGatewayStatus(Eui64 eui, Position position, long rxnb, long rxfw, long dwnb, long txnb,
        long refused) {
    public VirtualGatewayStatus {
        Objects.requireNonNull(eui, "eui");
        Objects.requireNonNull(position, "position");
    }
}
