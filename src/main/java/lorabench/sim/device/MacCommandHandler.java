// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommand.*;
import lorabench.sim.device.DeviceState.ChannelState;

/// Applies the MAC commands of one downlink to the session and collects the answers (LoRaWAN L2 1.0.4 §5, L2 1.1
/// §5, RP002-1.0.4 per band). A command is applied only when every field is acceptable, and its answer says which
/// field was not. RXParamSetupAns, RXTimingSetupAns and DlChannelAns are "sticky": repeated in every uplink until
/// a downlink is received ([Answers#sticky]).
///
/// ForceRejoinReq and RejoinParamSetupReq (L2 1.1 §5.13, §5.14) exist only in LoRaWAN 1.1: a 1.0.x device does not
/// know their CIDs, so, as for any unknown CID, it stops reading the commands there (it cannot know their length).
/// A 1.1 ABP device knows them but has no join context to rejoin with: it skips them without an answer.
final class MacCommandHandler {
    /// MaxEIRP table of TxParamSetupReq (L2 1.0.4 §5.12).
    private static final int[] MAX_EIRP = {8, 10, 12, 13, 14, 16, 18, 20, 21, 24, 26, 27, 29, 30, 33, 36};

    /// What the commands produced: answers for the next uplink, and what the device learned.
    record Answers(List<MacCommand> once, List<MacCommand> sticky, Optional<LinkCheckAns> linkCheck,
            Optional<DeviceTimeAns> deviceTime, boolean pingSlotInfoAnswered, Optional<ForceRejoinReq> forceRejoin) {}

    /// What the device does with the rejoin commands.
    private enum RejoinSupport { UNKNOWN_COMMANDS, IGNORED, APPLIED }

    private final Band band;
    private final RejoinSupport rejoins;

    MacCommandHandler(Band band, DeviceConfig config) {
        this.band = band;
        this.rejoins = !config.macVersion().is11() ? RejoinSupport.UNKNOWN_COMMANDS
                : config.activation() instanceof Activation.Otaa ? RejoinSupport.APPLIED : RejoinSupport.IGNORED;
    }

    Answers handle(MacSession s, List<MacCommand> commands, DeviceBehaviour behaviour, double snrDb) {
        List<MacCommand> once = new ArrayList<>();
        List<MacCommand> sticky = new ArrayList<>();
        Optional<LinkCheckAns> linkCheck = Optional.empty();
        Optional<DeviceTimeAns> deviceTime = Optional.empty();
        boolean pingInfo = false;
        Optional<ForceRejoinReq> forceRejoin = Optional.empty();
        for (int i = 0; i < commands.size(); i++) {
            MacCommand c = commands.get(i);
            switch (c) {
                case LinkAdrReq r -> {
                    List<LinkAdrReq> block = new ArrayList<>(List.of(r));
                    while (i + 1 < commands.size() && commands.get(i + 1) instanceof LinkAdrReq next) {
                        block.add(next);
                        i++;
                    }
                    LinkAdrAns ans = linkAdr(s, block);
                    block.forEach(b -> once.add(ans));
                }
                case DutyCycleReq r -> {
                    s.maxDutyCycle = r.maxDutyCycle();
                    once.add(new DutyCycleAns());
                }
                case RxParamSetupReq r -> sticky.add(rxParamSetup(s, r));
                case DevStatusReq r -> once.add(new DevStatusAns(behaviour.battery(), behaviour.margin()
                        .orElse((int) Math.max(-32, Math.min(31, Math.round(snrDb))))));
                case NewChannelReq r -> once.add(newChannel(s, r));
                case RxTimingSetupReq r -> {
                    s.rxDelaySeconds = Math.max(1, r.delay());
                    sticky.add(new RxTimingSetupAns());
                }
                case TxParamSetupReq r -> {
                    s.uplinkDwellTime = r.uplinkDwellTime();
                    s.downlinkDwellTime = r.downlinkDwellTime();
                    s.maxEirpIndex = r.maxEirpIndex();
                    once.add(new TxParamSetupAns());
                }
                case DlChannelReq r -> sticky.add(dlChannel(s, r));
                case RekeyConf r -> s.rekeyPending = false;
                case ResetConf r -> s.resetPending = false;
                case AdrParamSetupReq r -> {
                    s.adrAckLimit = 1 << r.limitExp();
                    s.adrAckDelay = 1 << r.delayExp();
                    once.add(new AdrParamSetupAns());
                }
                case DeviceTimeAns r -> deviceTime = Optional.of(r);
                case LinkCheckAns r -> linkCheck = Optional.of(r);
                case PingSlotInfoAns r -> pingInfo = true;
                case PingSlotChannelReq r -> {
                    boolean drOk = band.dataRate(r.dataRate()).isPresent() && band.downlinkDrs().contains(r.dataRate());
                    boolean fOk = r.frequencyHz() == 0 || band.subBandFor(r.frequencyHz()).isPresent();
                    if (drOk && fOk) {
                        s.pingSlotFrequencyHz = r.frequencyHz();
                        s.pingSlotDataRate = r.dataRate();
                    }
                    once.add(new PingSlotChannelAns(drOk, fOk));
                }
                case BeaconFreqReq r -> {
                    boolean ok = r.frequencyHz() == 0 || band.subBandFor(r.frequencyHz()).isPresent();
                    if (ok) {
                        s.beaconFrequencyHz = r.frequencyHz();
                    }
                    once.add(new BeaconFreqAns(ok));
                }
                case ForceRejoinReq r -> {
                    switch (rejoins) {
                        case UNKNOWN_COMMANDS -> i = commands.size();
                        case IGNORED -> { }
                        case APPLIED -> forceRejoin = Optional.of(r); // the last one counts (§5.13)
                    }
                }
                case RejoinParamSetupReq r -> {
                    switch (rejoins) {
                        case UNKNOWN_COMMANDS -> i = commands.size();
                        case IGNORED -> { }
                        case APPLIED -> {
                            s.type0UplinkLimit = 1 << (r.maxCountN() + 4);
                            s.type0TimeLimitSeconds = 1L << (r.maxTimeN() + 10);
                            // TimeOK: the device keeps time on its scheduler, so it honours the time limit too.
                            once.add(new RejoinParamSetupAns(true));
                        }
                    }
                }
                case Unknown u -> i = commands.size();
                default -> {
                    // Uplink-only commands, DeviceModeConf, BeaconTimingAns: nothing to apply.
                }
            }
        }
        return new Answers(once, sticky, linkCheck, deviceTime, pingInfo, forceRejoin);
    }

    private LinkAdrAns linkAdr(MacSession s, List<LinkAdrReq> block) {
        LinkAdrReq last = block.getLast();
        Optional<boolean[]> mask = ChannelMask.apply(band, s.channels, block);
        List<ChannelState> after = mask.map(m -> ChannelMask.withEnabled(s.channels, m)).orElse(s.channels);
        boolean anyOn = after.stream().anyMatch(c -> c.enabled() && c.frequencyHz() > 0);
        boolean chOk = mask.isPresent() && anyOn;
        int dr = last.dataRate() == 15 ? s.dataRate : last.dataRate();
        boolean drOk = band.uplinkDrs().contains(dr) && band.dataRate(dr).isPresent()
                && after.stream().anyMatch(c -> c.enabled() && dr >= c.minDr() && dr <= c.maxDr());
        int pw = last.txPower() == 15 ? s.txPowerIndex : last.txPower();
        boolean pwOk = band.txPowerDbm(pw).isPresent();
        if (chOk && drOk && pwOk) {
            s.channels = new ArrayList<>(after);
            s.dataRate = dr;
            s.txPowerIndex = pw;
            s.nbTrans = last.nbTrans() == 0 ? 1 : last.nbTrans();
        }
        return new LinkAdrAns(pwOk, drOk, chOk);
    }

    private RxParamSetupAns rxParamSetup(MacSession s, RxParamSetupReq r) {
        boolean offOk = r.rx1DrOffset() < band.rx1DrTable().offsets();
        boolean drOk = band.dataRate(r.rx2DataRate()).isPresent() && band.downlinkDrs().contains(r.rx2DataRate());
        boolean fOk = band.subBandFor(r.frequencyHz()).isPresent();
        if (offOk && drOk && fOk) {
            s.rx1DrOffset = r.rx1DrOffset();
            s.rx2DataRate = r.rx2DataRate();
            s.rx2FrequencyHz = r.frequencyHz();
        }
        return new RxParamSetupAns(offOk, drOk, fOk);
    }

    private NewChannelAns newChannel(MacSession s, NewChannelReq r) {
        boolean dynamic = band.cfListType() == lorabench.lorawan.band.CfListType.FREQUENCIES;
        boolean indexOk = dynamic && r.chIndex() >= band.defaultChannels().size() && r.chIndex() < band.maxChannels();
        if (r.frequencyHz() == 0) {
            if (indexOk) {
                s.setChannel(r.chIndex(), new ChannelState(0, 0, 0, 0, false));
            }
            return new NewChannelAns(indexOk, indexOk);
        }
        boolean fOk = indexOk && band.subBandFor(r.frequencyHz()).isPresent();
        boolean drOk = indexOk && r.minDr() <= r.maxDr() && band.uplinkDrs().contains(r.maxDr())
                && band.dataRate(r.minDr()).isPresent() && band.dataRate(r.maxDr()).isPresent();
        if (fOk && drOk) {
            s.setChannel(r.chIndex(), new ChannelState(r.frequencyHz(), r.minDr(), r.maxDr(), 0, true));
        }
        return new NewChannelAns(drOk, fOk);
    }

    private DlChannelAns dlChannel(MacSession s, DlChannelReq r) {
        boolean exists = r.chIndex() < s.channels.size() && s.channels.get(r.chIndex()).frequencyHz() > 0;
        boolean fOk = band.subBandFor(r.frequencyHz()).isPresent();
        if (exists && fOk) {
            ChannelState c = s.channels.get(r.chIndex());
            s.channels.set(r.chIndex(), new ChannelState(c.frequencyHz(), c.minDr(), c.maxDr(), r.frequencyHz(),
                    c.enabled()));
        }
        return new DlChannelAns(exists, fOk);
    }

    /// {@return the max EIRP in dBm the session allows}: the TxParamSetupReq value, else the band default
    static double maxEirp(MacSession s, Band band) {
        return s.maxEirpIndex >= 0 ? MAX_EIRP[s.maxEirpIndex] : band.txPower().defaultMaxEirpDbm();
    }
}
