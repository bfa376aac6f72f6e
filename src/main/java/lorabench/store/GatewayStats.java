// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// Cumulative gateway counters, as the Semtech packet forwarder reports them in `stat` (PROTOCOL.TXT §4):
/// `rxnb` packets received, `rxok` with a valid CRC, `rxfw` forwarded, `dwnb` downlinks received, `txnb` emitted.
public record GatewayStats(long rxReceived, long rxOk, long rxForwarded, long txReceived, long txEmitted) {
    public static final GatewayStats ZERO = new GatewayStats(0, 0, 0, 0, 0);

    public GatewayStats {
        if (rxReceived < 0 || rxOk < 0 || rxForwarded < 0 || txReceived < 0 || txEmitted < 0) {
            throw new IllegalArgumentException("gateway counters must not be negative");
        }
    }

    public GatewayStats plus(GatewayStats d) {
        return new GatewayStats(rxReceived + d.rxReceived, rxOk + d.rxOk, rxForwarded + d.rxForwarded,
                txReceived + d.txReceived, txEmitted + d.txEmitted);
    }
}
