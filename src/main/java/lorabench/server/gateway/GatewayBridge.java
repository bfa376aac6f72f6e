// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.CrcStatus;
import lorabench.packetforwarder.GatewayListener;
import lorabench.packetforwarder.MalformedDatagramException;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Stat;
import lorabench.packetforwarder.TxAckError;
import lorabench.server.event.Reception;

/// The gateway side of the server: turns the packet-forwarder callbacks into de-duplicated frames, gateway
/// registrations and TX_ACK outcomes. Every method returns quickly (the caller is a receive thread or the
/// in-memory hub): frames wait in the [Deduplicator], database work runs elsewhere.
///
/// Packets with a bad or missing CRC are counted and dropped (the radio already knows they are corrupt); malformed
/// datagrams are counted by the transport and here, and involve no frame, so they produce no event.
public final class GatewayBridge implements GatewayListener {
    private final Deduplicator deduplicator;
    private final GatewayRegistry registry;
    private final TxAckRouter txAcks;
    private final AtomicLong badCrc = new AtomicLong();
    private final AtomicLong malformedDatagrams = new AtomicLong();
    private final AtomicLong unmatchedTxAcks = new AtomicLong();

    public GatewayBridge(Deduplicator deduplicator, GatewayRegistry registry, TxAckRouter txAcks) {
        this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.txAcks = Objects.requireNonNull(txAcks, "txAcks");
    }

    @Override
    public void onRxpk(Eui64 gateway, Rxpk rxpk, Instant receivedAt) {
        registry.seen(gateway, receivedAt);
        if (rxpk.stat() != CrcStatus.OK) {
            badCrc.incrementAndGet();
            return;
        }
        double snr = rxpk.lsnr().isPresent() ? rxpk.lsnr().getAsDouble() : 0;
        Reception r = new Reception(gateway, rxpk.rssi(), snr, rxpk.frequency(), rxpk.datr().toString(), rxpk.tmst(),
                rxpk.chan(), rxpk.rfch(), receivedAt);
        deduplicator.add(rxpk.data(), r);
    }

    @Override
    public void onStat(Eui64 gateway, Stat stat, Instant receivedAt) {
        registry.stat(gateway, stat, receivedAt);
    }

    @Override
    public void onTxAck(Eui64 gateway, int token, Optional<TxAckError> error, Instant receivedAt) {
        registry.seen(gateway, receivedAt);
        if (!txAcks.onTxAck(gateway, token, error)) {
            unmatchedTxAcks.incrementAndGet();
        }
    }

    @Override
    public void onGatewayConnected(Eui64 gateway, InetSocketAddress pullAddress, Instant at) {
        registry.connected(gateway, pullAddress, at);
    }

    @Override
    public void onMalformed(InetSocketAddress from, MalformedDatagramException.Reason reason, String detail) {
        malformedDatagrams.incrementAndGet();
    }

    /// {@return packets dropped for a bad CRC}
    public long badCrc() {
        return badCrc.get();
    }

    /// {@return malformed datagrams seen}
    public long malformedDatagrams() {
        return malformedDatagrams.get();
    }

    /// {@return TX_ACKs that matched no PULL_RESP}
    public long unmatchedTxAcks() {
        return unmatchedTxAcks.get();
    }
}
