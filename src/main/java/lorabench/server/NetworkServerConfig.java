// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import java.time.Duration;
import java.util.Objects;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.NetId;
import lorabench.server.downlink.DownlinkQueue;
import lorabench.server.join.JoinSettings;

/// The network server's settings.
///
/// @param bindAddress   where the Semtech UDP socket listens (127.0.0.1 by default: exposing it is a choice)
/// @param udpPort       1700 by default (the forwarder's default), 0 for an ephemeral port (tests)
/// @param dedupWindow   how long copies of a frame from other gateways are awaited (200 ms, as ChirpStack)
/// @param join          NetID, DLSettings, RxDelay and US sub-band of join-accepts
/// @param queueLimit    downlinks that may wait per device or group (10, as OrbiWAN)
/// @param defaultBand   band of multicast groups that name none
/// @param txAckTimeout  how long a TX_ACK is awaited before a downlink is left as SENT
/// @param classCSpacing delay between two class C downlinks to the same device
/// @param writeBatch    the largest number of work items in one database commit
/// @param preloadSessions how many stored sessions the uplink path's cache reads at start (the others on first use)
public record NetworkServerConfig(String bindAddress, int udpPort, Duration dedupWindow, JoinSettings join,
        int queueLimit, BandId defaultBand, Duration txAckTimeout, Duration classCSpacing, int writeBatch,
        int preloadSessions) {

    /// Sessions preloaded by default.
    public static final int DEFAULT_PRELOAD = 100_000;

    public static final NetworkServerConfig DEFAULT = new NetworkServerConfig("127.0.0.1", 1700,
            Duration.ofMillis(200), JoinSettings.DEFAULT, DownlinkQueue.DEFAULT_LIMIT, BandId.EU868,
            Duration.ofSeconds(10), Duration.ofSeconds(1), 500, DEFAULT_PRELOAD);

    /// The settings before `preloadSessions` existed.
    public NetworkServerConfig(String bindAddress, int udpPort, Duration dedupWindow, JoinSettings join,
            int queueLimit, BandId defaultBand, Duration txAckTimeout, Duration classCSpacing, int writeBatch) {
        this(bindAddress, udpPort, dedupWindow, join, queueLimit, defaultBand, txAckTimeout, classCSpacing,
                writeBatch, DEFAULT_PRELOAD);
    }

    public NetworkServerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dedupWindow, "dedupWindow");
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(defaultBand, "defaultBand");
        Objects.requireNonNull(txAckTimeout, "txAckTimeout");
        Objects.requireNonNull(classCSpacing, "classCSpacing");
        if (udpPort < 0 || udpPort > 65535) {
            throw new IllegalArgumentException("UDP port must be 0..65535, got " + udpPort);
        }
        if (preloadSessions < 0) {
            throw new IllegalArgumentException("preloadSessions must not be negative");
        }
        if (queueLimit < 1 || writeBatch < 1) {
            throw new IllegalArgumentException("queueLimit and writeBatch must be positive");
        }
    }

    /// {@return this configuration listening on `address`} (for example 0.0.0.0 so real gateways on a LAN reach it)
    public NetworkServerConfig withBindAddress(String address) {
        return new NetworkServerConfig(address, udpPort, dedupWindow, join, queueLimit, defaultBand, txAckTimeout,
                classCSpacing, writeBatch, preloadSessions);
    }

    public NetworkServerConfig withPreloadSessions(int max) {
        return new NetworkServerConfig(bindAddress, udpPort, dedupWindow, join, queueLimit, defaultBand, txAckTimeout,
                classCSpacing, writeBatch, max);
    }

    public NetworkServerConfig withUdpPort(int port) {
        return new NetworkServerConfig(bindAddress, port, dedupWindow, join, queueLimit, defaultBand, txAckTimeout,
                classCSpacing, writeBatch, preloadSessions);
    }

    public NetworkServerConfig withDedupWindow(Duration window) {
        return new NetworkServerConfig(bindAddress, udpPort, window, join, queueLimit, defaultBand, txAckTimeout,
                classCSpacing, writeBatch, preloadSessions);
    }

    public NetworkServerConfig withNetId(NetId netId) {
        return new NetworkServerConfig(bindAddress, udpPort, dedupWindow, join.withNetId(netId), queueLimit,
                defaultBand, txAckTimeout, classCSpacing, writeBatch, preloadSessions);
    }

    public NetworkServerConfig withJoin(JoinSettings settings) {
        return new NetworkServerConfig(bindAddress, udpPort, dedupWindow, settings, queueLimit, defaultBand,
                txAckTimeout, classCSpacing, writeBatch, preloadSessions);
    }

    public NetworkServerConfig withQueueLimit(int limit) {
        return new NetworkServerConfig(bindAddress, udpPort, dedupWindow, join, limit, defaultBand, txAckTimeout,
                classCSpacing, writeBatch, preloadSessions);
    }

    public NetworkServerConfig withTxAckTimeout(Duration timeout) {
        return new NetworkServerConfig(bindAddress, udpPort, dedupWindow, join, queueLimit, defaultBand, timeout,
                classCSpacing, writeBatch, preloadSessions);
    }
}
