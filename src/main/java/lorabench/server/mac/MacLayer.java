// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.mac.MacCommandFields;
import lorabench.server.mac.MacOutcome.MacExchange;

/// The network side of the MAC layer (LoRaWAN L2 1.0.4 §5, L2 1.1 §5): answers the device's MAC commands, applies
/// the device's answers to the network's requests, runs ADR, and keeps the queue of network-initiated requests.
/// Pure with respect to storage: state in, state out.
///
/// Every downlink that carries a queued request counts as one attempt; a request still unanswered at the uplink
/// after `maxAttempts` attempts is dropped (reported as an exchange). ForceRejoinReq has no answer and is sent once.
public final class MacLayer {
    /// FOpts holds at most 15 bytes of MAC commands (LoRaWAN L2 1.0.4 §4.3.1.6).
    public static final int FOPTS_MAX = 15;
    /// Downlinks that may carry a request before it is dropped unanswered.
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private final UplinkCommands commands;
    private final Adr adr;
    private final int maxAttempts;

    public MacLayer(InstantSource clock) {
        this(clock, AdrConfig.DEFAULT);
    }

    public MacLayer(InstantSource clock, AdrConfig adrConfig) {
        this(clock, adrConfig, DEFAULT_MAX_ATTEMPTS);
    }

    public MacLayer(InstantSource clock, AdrConfig adrConfig, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        this.commands = new UplinkCommands(clock);
        this.adr = new Adr(adrConfig);
        this.maxAttempts = maxAttempts;
    }

    /// {@return the answers and requests for one uplink, and the new state}: the uplink's signal joins the ADR
    /// history, its MAC commands are handled, unanswered requests past `maxAttempts` are dropped, ADR may queue a
    /// LinkADRReq block, and every queued request is offered (all of them: use [MacOutcome#split(int)] for FOpts).
    public MacOutcome onUplink(MacUplink uplink) {
        MacState s = uplink.state();
        if (!uplink.signals().isEmpty()) {
            double best = uplink.signals().stream().mapToDouble(MacUplink.UplinkSignal::snr).max().orElseThrow();
            s = s.withAdrHistory(adr.record(s.adrHistory(), new MacState.AdrSample(uplink.fCnt32(), best,
                    uplink.signals().size(), uplink.dataRate(), s.txPowerIndex())));
        }
        UplinkCommands.Result r = commands.process(uplink, s);
        s = r.state();
        List<MacExchange> exchanges = new ArrayList<>(r.exchanges());
        for (PendingQueue.Entry e : PendingQueue.entries(s)) {
            if (e.attempts() >= maxAttempts) {
                exchanges.add(new MacExchange(e.command(), e.command().specName() + " dropped: no answer after "
                        + e.attempts() + " downlink(s)"));
            }
        }
        s = PendingQueue.remove(s, e -> e.attempts() >= maxAttempts);
        Optional<Adr.Target> target = adr.evaluate(uplink.band(), s, uplink.dataRate(), uplink.adr());
        if (target.isPresent()) {
            Adr.Target t = target.get();
            s = PendingQueue.enqueue(s, LinkAdrHandler.block(uplink.band(), s, t.dataRate(), t.txPowerIndex(),
                    t.nbTrans(), wantedChannels(uplink.band(), s)));
        }
        int answerBytes = r.answers().stream().mapToInt(MacCommandCodec::size).sum();
        PendingQueue.Offer offer = PendingQueue.offer(s, answerBytes, Integer.MAX_VALUE);
        List<MacCommand> downlink = new ArrayList<>(r.answers());
        downlink.addAll(offer.sent());
        downlink.forEach(c -> exchanges.add(sent(c)));
        return new MacOutcome(offer.state(), downlink, exchanges);
    }

    /// {@return the MAC commands for a network-initiated downlink}: the queued requests that fit `budgetBytes`
    /// (FOpts: [#FOPTS_MAX]), each counted as one more attempt
    public MacDownlink pendingForDownlink(MacState state, int budgetBytes) {
        return pendingForDownlink(state, List.of(), budgetBytes);
    }

    /// {@return the MAC commands for a downlink}: `answers` to the device's requests first, then the queued
    /// requests, within `budgetBytes`; what did not fit is listed (the caller may send it on FPort 0)
    public MacDownlink pendingForDownlink(MacState state, List<? extends MacCommand> answers, int budgetBytes) {
        MacBudget first = MacBudget.fit(answers, budgetBytes);
        PendingQueue.Offer offer = PendingQueue.offer(state, first.fittingBytes(), budgetBytes);
        List<MacCommand> cmds = new ArrayList<>(first.fitting());
        cmds.addAll(offer.sent());
        List<MacCommand> left = new ArrayList<>(first.notFitting());
        left.addAll(offer.notFitting());
        return new MacDownlink(offer.state(), cmds, left, cmds.stream().map(MacLayer::sent).toList());
    }

    /// {@return the queued requests no downlink has carried yet that fit `budgetBytes`}, each counted as one attempt:
    /// what a network-initiated downlink (class C) carries, so that a request waiting for its answer is not sent
    /// again at every class C opportunity (the device answers in its next uplink, L2 1.0.4 §5)
    public MacDownlink newRequestsForDownlink(MacState state, int budgetBytes) {
        PendingQueue.Offer offer = PendingQueue.offer(state, 0, budgetBytes, e -> e.attempts() == 0);
        return new MacDownlink(offer.state(), offer.sent(), offer.notFitting(),
                offer.sent().stream().map(MacLayer::sent).toList());
    }

    /// {@return `state` with the queued requests among `notSent` counted as not carried}: the downlink they were
    /// offered to (by [#onUplink] or [#pendingForDownlink]) had no room for them, so they wait for the next one
    /// without losing one of their [#DEFAULT_MAX_ATTEMPTS] attempts. Answers among `notSent` are ignored.
    public MacState notSent(MacState state, List<? extends MacCommand> notSent) {
        return notSent.isEmpty() ? state : PendingQueue.uncount(state, notSent);
    }

    /// {@return `state` with the network-initiated request `request` queued} (DevStatusReq, RXParamSetupReq,
    /// NewChannelReq, DutyCycleReq, ForceRejoinReq ...), replacing a queued request of the same kind
    /// @throws IllegalArgumentException when `request` is not a network-initiated request
    public MacState request(MacState state, MacCommand request) {
        return request(state, List.of(request));
    }

    /// {@return `state` with `requests` queued}; several LinkADRReq form one block
    public MacState request(MacState state, List<? extends MacCommand> requests) {
        for (MacCommand c : requests) {
            if (c instanceof MacCommand.ForceRejoinReq f) {
                ForceRejoinHandler.check(f);
            }
        }
        return PendingQueue.enqueue(state, requests);
    }

    /// {@return `state` with a DevStatusReq queued} (the OrbiWAN DevStatus API); the answer lands in
    /// [MacState#lastDevStatus()]
    public MacState requestDevStatus(MacState state) {
        return request(state, new MacCommand.DevStatusReq());
    }

    /// {@return `state` with the LinkADRReq block queued that enables exactly `channels`} (keeping data rate, power
    /// and NbTrans), e.g. US915 sub-band 2 = channels 8..15 and 65
    public MacState requestChannelMask(Band band, MacState state, Collection<Integer> channels) {
        return requestLinkAdr(band, state, state.dataRate(), state.txPowerIndex(), state.nbTrans(), channels);
    }

    /// {@return `state` with a LinkADRReq block queued for these settings and enabled `channels`}
    public MacState requestLinkAdr(Band band, MacState state, int dataRate, int txPowerIndex, int nbTrans,
                                   Collection<Integer> channels) {
        SortedSet<Integer> target = new TreeSet<>(channels);
        if (ChannelMask.apply(band.chMaskScheme(), state.channels(), target, List.of()).isEmpty()) {
            throw new IllegalArgumentException("channel set " + target + " is empty or names undefined channels");
        }
        return request(state, LinkAdrHandler.block(band, state, dataRate, txPowerIndex, nbTrans, target));
    }

    /// {@return the ADR configuration in use}
    public AdrConfig adrConfig() {
        return adr.config();
    }

    /// {@return the channels the device should have enabled}: those a queued LinkADRReq block sets, else its current
    private static SortedSet<Integer> wantedChannels(Band band, MacState s) {
        List<ChannelMask.Block> queued = s.pendingCommands().stream()
                .filter(c -> c instanceof MacCommand.LinkAdrReq).map(c -> (MacCommand.LinkAdrReq) c)
                .map(r -> new ChannelMask.Block(r.chMask(), r.chMaskCntl())).toList();
        SortedSet<Integer> current = new TreeSet<>(s.enabledChannels());
        return queued.isEmpty() ? current
                : ChannelMask.apply(band.chMaskScheme(), s.channels(), current, queued).orElse(current);
    }

    private static MacExchange sent(MacCommand c) {
        var fields = MacCommandFields.of(c);
        fields.remove("cid");
        String text = c instanceof MacCommand.ForceRejoinReq f ? ForceRejoinHandler.describe(f)
                : c.specName() + " sent" + (fields.isEmpty() ? "" : " " + fields);
        return new MacExchange(c, text);
    }

    /// {@return the lowest SNR at which a LoRa receiver still demodulates `dr`} (SX1276 datasheet: -7.5 dB at SF7,
    /// 2.5 dB lower per spreading factor step); FSK is treated as needing no margin below 0 dB.
    static double demodulationFloorDb(DataRate dr) {
        return switch (dr) {
            case DataRate.LoRa l -> -7.5 - 2.5 * (l.spreadingFactor() - 7);
            case DataRate.Fsk f -> 0.0;
            case DataRate.LrFhss h -> -15.0;
        };
    }
}
