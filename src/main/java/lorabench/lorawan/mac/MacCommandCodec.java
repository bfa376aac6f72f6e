// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.frame.ByteReader;
import lorabench.lorawan.frame.ByteWriter;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.mac.MacCommand.*;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// Decodes and encodes lists of MAC commands: the plaintext of FOpts or of an FPort 0 FRMPayload
/// (LoRaWAN L2 1.0.4 §5). Payload lengths come from the [Cid] table.
///
/// Decoding is total: an unknown CID (for the direction) becomes [Unknown] holding the rest of the buffer; a known
/// command whose payload is cut short throws [MalformedFrameException] naming it (`macCommands[1].LinkADRReq`)
/// with the offset of its CID.
public final class MacCommandCodec {
    private MacCommandCodec() {}

    /// {@return the commands in `bytes`}, travelling in `direction`; error paths are `macCommands[i].Name` with
    /// offsets within `bytes`
    public static List<MacCommand> decode(Direction direction, Bytes bytes) throws MalformedFrameException {
        return decode(direction, bytes, "macCommands", 0);
    }

    /// As [#decode(Direction, Bytes)], naming errors `fieldPrefix[i].Name` at `baseOffset` plus the offset in
    /// `bytes`: `decode(UPLINK, fOpts, "fOpts", 8)` reports positions in the PHYPayload.
    public static List<MacCommand> decode(Direction direction, Bytes bytes, String fieldPrefix, int baseOffset)
            throws MalformedFrameException {
        Objects.requireNonNull(direction, "direction");
        ByteReader r = new ByteReader(bytes, baseOffset);
        List<MacCommand> out = new ArrayList<>();
        while (r.remaining() > 0) {
            int at = r.offset();
            String unnamed = fieldPrefix + "[" + out.size() + "]";
            int code = r.u8(unnamed);
            Optional<Cid> cid = Cid.fromCode(code);
            Optional<String> name = cid.flatMap(c -> c.specName(direction));
            if (name.isEmpty()) {
                out.add(new Unknown(direction, code, r.rest()));
                break;
            }
            String field = unnamed + "." + name.get();
            int len = cid.get().payloadLength(direction).orElseThrow();
            if (r.remaining() < len) {
                throw new MalformedFrameException(field, at,
                        "needs " + len + " payload byte(s) after the CID, only " + r.remaining() + " remain");
            }
            out.add(parse(cid.get(), direction == Direction.UPLINK, r.bytes(len, field)));
        }
        return List.copyOf(out);
    }

    /// {@return the bytes of `commands`, in order}
    public static Bytes encode(List<? extends MacCommand> commands) {
        ByteWriter w = new ByteWriter();
        for (MacCommand c : commands) {
            write(w, c);
        }
        return w.toBytes();
    }

    public static Bytes encode(MacCommand command) {
        return encode(List.of(command));
    }

    /// {@return the encoded size of `command`, CID included} (to budget the 15 bytes of FOpts)
    public static int size(MacCommand command) {
        return command instanceof Unknown u
                ? 1 + u.rest().size()
                : 1 + Kinds.cid(command).payloadLength(command.direction()).orElseThrow();
    }

    private static MacCommand parse(Cid cid, boolean up, Bytes p) {
        return switch (cid) {
            case RESET -> up ? new ResetInd(p.get(0) & 0x0F) : new ResetConf(p.get(0) & 0x0F);
            case LINK_CHECK -> up ? new LinkCheckReq() : new LinkCheckAns(p.get(0), p.get(1));
            case LINK_ADR -> up ? new LinkAdrAns(bit(p, 0, 2), bit(p, 0, 1), bit(p, 0, 0))
                    : new LinkAdrReq(p.get(0) >> 4, p.get(0) & 0x0F, le(p, 1, 2), (p.get(3) >> 4) & 7, p.get(3) & 0x0F);
            case DUTY_CYCLE -> up ? new DutyCycleAns() : new DutyCycleReq(p.get(0) & 0x0F);
            case RX_PARAM_SETUP -> up ? new RxParamSetupAns(bit(p, 0, 2), bit(p, 0, 1), bit(p, 0, 0))
                    : new RxParamSetupReq((p.get(0) >> 4) & 7, p.get(0) & 0x0F, le(p, 1, 3) * 100L);
            case DEV_STATUS -> up ? new DevStatusAns(p.get(0), ((p.get(1) & 0x3F) ^ 0x20) - 0x20) : new DevStatusReq();
            case NEW_CHANNEL -> up ? new NewChannelAns(bit(p, 0, 1), bit(p, 0, 0))
                    : new NewChannelReq(p.get(0), le(p, 1, 3) * 100L, p.get(4) & 0x0F, p.get(4) >> 4);
            case RX_TIMING_SETUP -> up ? new RxTimingSetupAns() : new RxTimingSetupReq(p.get(0) & 0x0F);
            case TX_PARAM_SETUP -> up ? new TxParamSetupAns()
                    : new TxParamSetupReq(bit(p, 0, 5), bit(p, 0, 4), p.get(0) & 0x0F);
            case DL_CHANNEL -> up ? new DlChannelAns(bit(p, 0, 1), bit(p, 0, 0))
                    : new DlChannelReq(p.get(0), le(p, 1, 3) * 100L);
            case REKEY -> up ? new RekeyInd(p.get(0) & 0x0F) : new RekeyConf(p.get(0) & 0x0F);
            case ADR_PARAM_SETUP -> up ? new AdrParamSetupAns() : new AdrParamSetupReq(p.get(0) >> 4, p.get(0) & 0x0F);
            case DEVICE_TIME -> up ? new DeviceTimeReq()
                    : new DeviceTimeAns(Integer.toUnsignedLong(le(p, 0, 4)), p.get(4));
            case FORCE_REJOIN -> {
                int v = le(p, 0, 2);
                yield new ForceRejoinReq((v >> 11) & 7, (v >> 8) & 7, (v >> 4) & 7, v & 0x0F);
            }
            case REJOIN_PARAM_SETUP -> up ? new RejoinParamSetupAns(bit(p, 0, 0))
                    : new RejoinParamSetupReq(p.get(0) >> 4, p.get(0) & 0x0F);
            case PING_SLOT_INFO -> up ? new PingSlotInfoReq(p.get(0) & 7) : new PingSlotInfoAns();
            case PING_SLOT_CHANNEL -> up ? new PingSlotChannelAns(bit(p, 0, 1), bit(p, 0, 0))
                    : new PingSlotChannelReq(le(p, 0, 3) * 100L, p.get(3) & 0x0F);
            case BEACON_TIMING -> up ? new BeaconTimingReq() : new BeaconTimingAns(le(p, 0, 2), p.get(2));
            case BEACON_FREQ -> up ? new BeaconFreqAns(bit(p, 0, 0)) : new BeaconFreqReq(le(p, 0, 3) * 100L);
            case DEVICE_MODE -> up ? new DeviceModeInd(p.get(0)) : new DeviceModeConf(p.get(0));
        };
    }

    private static void write(ByteWriter w, MacCommand c) {
        w.u8(null, c.cid());
        switch (c) {
            case ResetInd x -> w.u8(null, x.minor());
            case ResetConf x -> w.u8(null, x.minor());
            case LinkCheckReq _, DutyCycleAns _, DevStatusReq _, RxTimingSetupAns _, TxParamSetupAns _,
                    AdrParamSetupAns _, DeviceTimeReq _, PingSlotInfoAns _, BeaconTimingReq _ -> { }
            case LinkCheckAns x -> w.u8(null, x.margin()).u8(null, x.gwCnt());
            case LinkAdrReq x -> w.u8(null, x.dataRate() << 4 | x.txPower()).u16(null, x.chMask())
                    .u8(null, x.chMaskCntl() << 4 | x.nbTrans());
            case LinkAdrAns x -> w.u8(null, bits(x.powerAck(), x.dataRateAck(), x.channelMaskAck()));
            case DutyCycleReq x -> w.u8(null, x.maxDutyCycle());
            case RxParamSetupReq x -> w.u8(null, x.rx1DrOffset() << 4 | x.rx2DataRate())
                    .u24(null, (int) (x.frequencyHz() / 100));
            case RxParamSetupAns x -> w.u8(null, bits(x.rx1DrOffsetAck(), x.rx2DataRateAck(), x.channelAck()));
            case DevStatusAns x -> w.u8(null, x.battery()).u8(null, x.margin() & 0x3F);
            case NewChannelReq x -> w.u8(null, x.chIndex()).u24(null, (int) (x.frequencyHz() / 100))
                    .u8(null, x.maxDr() << 4 | x.minDr());
            case NewChannelAns x -> w.u8(null, bits(x.dataRateRangeOk(), x.channelFrequencyOk()));
            case RxTimingSetupReq x -> w.u8(null, x.delay());
            case TxParamSetupReq x -> w.u8(null, bits(x.downlinkDwellTime(), x.uplinkDwellTime()) << 4 | x.maxEirpIndex());
            case DlChannelReq x -> w.u8(null, x.chIndex()).u24(null, (int) (x.frequencyHz() / 100));
            case DlChannelAns x -> w.u8(null, bits(x.uplinkFrequencyExists(), x.channelFrequencyOk()));
            case RekeyInd x -> w.u8(null, x.minor());
            case RekeyConf x -> w.u8(null, x.minor());
            case AdrParamSetupReq x -> w.u8(null, x.limitExp() << 4 | x.delayExp());
            case DeviceTimeAns x -> w.u32(null, x.gpsSeconds()).u8(null, x.fractional());
            case ForceRejoinReq x -> w.u16(null, x.period() << 11 | x.maxRetries() << 8 | x.rejoinType() << 4
                    | x.dataRate());
            case RejoinParamSetupReq x -> w.u8(null, x.maxTimeN() << 4 | x.maxCountN());
            case RejoinParamSetupAns x -> w.u8(null, bits(x.timeOk()));
            case PingSlotInfoReq x -> w.u8(null, x.periodicity());
            case PingSlotChannelReq x -> w.u24(null, (int) (x.frequencyHz() / 100)).u8(null, x.dataRate());
            case PingSlotChannelAns x -> w.u8(null, bits(x.dataRateOk(), x.channelFrequencyOk()));
            case BeaconTimingAns x -> w.u16(null, x.delay()).u8(null, x.channel());
            case BeaconFreqReq x -> w.u24(null, (int) (x.frequencyHz() / 100));
            case BeaconFreqAns x -> w.u8(null, bits(x.beaconFrequencyOk()));
            case DeviceModeInd x -> w.u8(null, x.deviceClass());
            case DeviceModeConf x -> w.u8(null, x.deviceClass());
            case Unknown x -> w.bytes(null, x.rest());
        }
    }

    /// {@return flags packed most significant first}: bits(a, b, c) puts c in bit 0, b in bit 1, a in bit 2
    private static int bits(boolean... flags) {
        int v = 0;
        for (boolean f : flags) {
            v = v << 1 | (f ? 1 : 0);
        }
        return v;
    }

    private static boolean bit(Bytes p, int index, int bit) {
        return (p.get(index) >> bit & 1) != 0;
    }

    private static int le(Bytes p, int from, int n) {
        int v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | p.get(from + i);
        }
        return v;
    }
}
