// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.event.ServerEvent.RxWindow;
import lorabench.store.BatchingWriter;
import lorabench.store.DeviceGroup;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.GroupRepository;
import lorabench.store.MulticastSession;
import lorabench.store.SessionKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Multicast group downlinks as class C (TS005-1.0.0 Remote Multicast Setup §4; L2 1.0.4 §6): an unconfirmed
/// downlink to the group's McAddr, encrypted with McAppSKey and signed with McNwkSKey the 1.0 way, FCnt from the
/// group's McFCntDown (or the downlink's requested counter, which McFCntDown then continues from), sent at once through every gateway with an open downlink path.
///
/// The group's `settings` may give `region` (band name), `dataRate` and `frequency` (Hz); otherwise the server's
/// default band and its RX2 parameters are used.
public final class MulticastSender {
    private static final Logger LOG = LoggerFactory.getLogger(MulticastSender.class);

    private final GroupRepository groups;
    private final DownlinkRepository downlinks;
    private final BatchingWriter writer;
    private final DownlinkSender sender;
    private final StatusChanges statuses;
    private final Supplier<List<Eui64>> gateways;
    private final TaskScheduler clock;
    private final Executor work;
    private final BandId defaultBand;

    public MulticastSender(GroupRepository groups, DownlinkRepository downlinks, BatchingWriter writer,
            DownlinkSender sender, StatusChanges statuses, Supplier<List<Eui64>> gateways, TaskScheduler clock,
            Executor work, BandId defaultBand) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.gateways = Objects.requireNonNull(gateways, "gateways");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = Objects.requireNonNull(work, "work");
        this.defaultBand = Objects.requireNonNull(defaultBand, "defaultBand");
    }

    /// {@return the band of the group}
    public Band band(DeviceGroup g) {
        return Bands.lookup(g.settings().hasNonNull("region") ? BandId.parse(g.settings().get("region").asText())
                : defaultBand);
    }

    /// Sends every queued downlink of the group, oldest first.
    public void trigger(String groupId) {
        Optional<DeviceGroup> group = groups.find(groupId);
        if (group.isEmpty() || group.get().multicast().isEmpty()) {
            return;
        }
        Band band = band(group.get());
        var s = group.get().settings();
        int dr = s.hasNonNull("dataRate") ? s.get("dataRate").asInt() : band.rx2().dataRate();
        long freq = s.hasNonNull("frequency") ? s.get("frequency").asLong() : band.rx2().frequencyHz();
        List<TxWindow> windows = gateways.get().stream()
                .flatMap(gw -> TxWindow.immediately(band, gw, RxWindow.MULTICAST, dr, freq).stream()).toList();
        if (windows.isEmpty()) {
            LOG.info("multicast group {}: no gateway with a downlink path", groupId);
            return;
        }
        DownlinkTarget target = new DownlinkTarget.Group(groupId);
        writer.submit(tx -> {
            Optional<Downlink> next = downlinks.nextPending(tx, target);
            if (next.isEmpty()) {
                return Step.NONE;
            }
            Downlink d = next.get();
            if (d.requestedFCnt().isPresent() && !groups.forceMulticastFCntDown(tx, groupId, d.requestedFCnt().get())) {
                downlinks.transition(tx, d.id(), DownlinkStatus.PENDING, DownlinkStatus.ERROR,
                        Optional.of(collision(d)));
                return new Step(Optional.empty(), Optional.of(d));
            }
            long fCnt = d.requestedFCnt().orElseGet(() -> groups.takeMulticastFCntDown(tx, groupId));
            downlinks.markSent(tx, d.id(), fCnt, clock.instant());
            MulticastSession mc = group.get().multicast().get();
            Bytes phy = DataDownlinkBuilder.build(new DataDownlinkBuilder.Spec(mc.devAddr(), MacVersion.V1_0_4,
                    SessionKeys.of10(mc.nwkSKey(), mc.appSKey()), false, false, false, false, fCnt, 0, Bytes.EMPTY,
                    Optional.of(d.fPort()), d.payload()));
            return new Step(Optional.of(new Transmission(phy, List.of(windows.getFirst()), Optional.empty(),
                    Optional.of(mc.devAddr()), MType.UNCONFIRMED_DATA_DOWN.specName(), Optional.of(fCnt),
                    Optional.of(d.fPort()), Optional.of(d.payload()), Optional.of(d))), Optional.empty());
        }).whenCompleteAsync((step, e) -> {
            if (e != null) {
                LOG.warn("multicast downlink of group {} failed: {}", groupId, e.getMessage());
                return;
            }
            if (step.collided().isPresent()) {
                statuses.announce(step.collided().get(), DownlinkStatus.PENDING, DownlinkStatus.ERROR,
                        Optional.of(collision(step.collided().get())));
                trigger(groupId);
                return;
            }
            if (step.transmission().isEmpty()) {
                return;
            }
            Transmission first = step.transmission().get();
            statuses.announce(first.carried().orElseThrow(), DownlinkStatus.PENDING, DownlinkStatus.SENT,
                    Optional.empty());
            for (TxWindow w : windows) {
                // Only the first gateway's refusal may fail the downlink; the others are extra coverage.
                sender.send(new Transmission(first.phyPayload(), List.of(w), first.devEui(), first.devAddr(),
                        first.mType(), first.fCnt(), first.fPort(), first.payload(),
                        w == windows.getFirst() ? first.carried() : Optional.empty()));
            }
            trigger(groupId);
        }, work);
    }

    /// What one turn of the group's queue did: a frame to send, or a downlink whose requested counter was used.
    private record Step(Optional<Transmission> transmission, Optional<Downlink> collided) {
        static final Step NONE = new Step(Optional.empty(), Optional.empty());
    }

    private static String collision(Downlink d) {
        return "FCNT collision: fcnt " + d.requestedFCnt().orElseThrow() + " was already used";
    }
}
