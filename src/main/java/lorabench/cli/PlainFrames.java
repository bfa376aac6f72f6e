// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lorabench.dissect.MacCommandParser;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.DlSettings;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FPort;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import picocli.CommandLine.Model.OptionSpec;

/// Builds the frame `frame encode` asked for, in clear (MIC zero), from its options, rejecting options that do
/// not apply to the MType and naming missing ones.
final class PlainFrames {
    private static final Bytes NO_MIC = Bytes.of(new byte[4]);
    private static final Set<String> DATA = Set.of("--dev-addr", "--fcnt", "--fport", "--payload", "--fopts",
            "--mac", "--adr", "--adr-ack-req", "--ack", "--fpending", "--class-b");
    private static final Set<String> JOIN_ACCEPT = Set.of("--join-nonce", "--net-id", "--dev-addr",
            "--rx1-dr-offset", "--rx2-dr", "--rx-delay", "--cflist", "--opt-neg");
    private static final Set<String> REJOIN = Set.of("--rejoin-type", "--net-id", "--rj-count");
    private static final Map<MType, Set<String>> APPLIES = Map.of(
            MType.JOIN_REQUEST, Set.of(), MType.JOIN_ACCEPT, JOIN_ACCEPT, MType.REJOIN_REQUEST, REJOIN,
            MType.PROPRIETARY, Set.of("--payload"), MType.UNCONFIRMED_DATA_UP, DATA,
            MType.UNCONFIRMED_DATA_DOWN, DATA, MType.CONFIRMED_DATA_UP, DATA, MType.CONFIRMED_DATA_DOWN, DATA);

    private final FrameEncodeCommand o;

    PlainFrames(FrameEncodeCommand options) {
        this.o = options;
    }

    PhyPayload build() {
        rejectForeignOptions();
        MHdr mHdr = MHdr.of(o.mType);
        return switch (o.mType) {
            case JOIN_REQUEST -> new JoinRequest(mHdr, need(o.context.joinEui, "--join-eui"),
                    need(o.context.devEui, "--dev-eui"), need(o.context.devNonce, "--dev-nonce"), NO_MIC);
            case JOIN_ACCEPT -> new JoinAccept(mHdr, need(o.joinNonce, "--join-nonce"), need(o.netId, "--net-id"),
                    need(o.devAddr, "--dev-addr"), new DlSettings(o.optNeg, o.rx1DrOffset, o.rx2DataRate), o.rxDelay,
                    Optional.ofNullable(o.cfList), NO_MIC);
            case REJOIN_REQUEST -> switch (o.rejoinType) {
                case 0, 2 -> new RejoinRequest.Type0Or2(mHdr, o.rejoinType, need(o.netId, "--net-id"),
                        need(o.context.devEui, "--dev-eui"), o.rjCount, NO_MIC);
                case 1 -> new RejoinRequest.Type1(mHdr, need(o.context.joinEui, "--join-eui"),
                        need(o.context.devEui, "--dev-eui"), o.rjCount, NO_MIC);
                default -> throw new IllegalArgumentException("--rejoin-type must be 0, 1 or 2, got " + o.rejoinType);
            };
            case PROPRIETARY -> new Proprietary(mHdr, o.payload == null ? Bytes.EMPTY : o.payload);
            case UNCONFIRMED_DATA_UP, UNCONFIRMED_DATA_DOWN, CONFIRMED_DATA_UP, CONFIRMED_DATA_DOWN -> data(mHdr);
        };
    }

    private DataFrame data(MHdr mHdr) {
        Direction dir = o.mType.direction().orElseThrow();
        List<MacCommand> commands = new ArrayList<>();
        for (String text : o.mac) {
            commands.add(MacCommandParser.parse(text, dir));
        }
        Bytes macBytes = MacCommandCodec.encode(commands);
        boolean macInPayload = o.fPort != null && o.fPort == 0;
        Bytes fOpts = o.fOpts == null ? Bytes.EMPTY : o.fOpts;
        Bytes payload = o.payload == null ? Bytes.EMPTY : o.payload;
        if (o.payload != null && o.fPort == null) {
            throw new IllegalArgumentException("--payload needs --fport");
        }
        if (macInPayload && !commands.isEmpty()) {
            if (o.payload != null) {
                throw new IllegalArgumentException("with --fport 0 the MAC commands are the payload: give --mac"
                        + " or --payload, not both");
            }
            payload = macBytes;
        } else {
            fOpts = fOpts.concat(macBytes);
        }
        FCtrl flags = new FCtrl(o.adr, o.adrAckReq, o.ack, o.fPending, o.classB, 0);
        FHdr fHdr = FHdr.of(need(o.devAddr, "--dev-addr"), flags, (int) (o.fCnt & 0xFFFF), fOpts);
        Optional<FPort> port = Optional.ofNullable(o.fPort).map(FPort::new);
        return new DataFrame(mHdr, fHdr, port, payload, NO_MIC);
    }

    private void rejectForeignOptions() {
        Set<String> applies = APPLIES.get(o.mType);
        Set<String> fieldOptions = new HashSet<>(DATA);
        fieldOptions.addAll(JOIN_ACCEPT);
        fieldOptions.addAll(REJOIN);
        for (OptionSpec matched : o.spec.commandLine().getParseResult().matchedOptions()) {
            String name = matched.longestName();
            if (fieldOptions.contains(name) && !applies.contains(name)) {
                throw new IllegalArgumentException(name + " does not apply to a " + o.mType.specName());
            }
        }
        if (o.mType == MType.PROPRIETARY && o.mic != null) {
            throw new IllegalArgumentException("--mic does not apply to a Proprietary frame (its MIC, if any,"
                    + " is part of --payload)");
        }
    }

    private <T> T need(T value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("a " + o.mType.specName() + " needs " + option);
        }
        return value;
    }
}
