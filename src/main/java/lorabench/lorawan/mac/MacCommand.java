// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// A MAC command with its direction (LoRaWAN L2 1.0.4 §5, L2 1.1 §5), one record per command and direction.
///
/// Fields hold values as the spec defines them: frequencies in Hz (24-bit counts of 100 Hz on air), channel masks
/// as 16-bit values (bit i = channel i), signed margins as ints. RFU bits are ignored when decoding and written
/// as zero (as ChirpStack and TTS do); the MIC covers the raw FOpts bytes, so this never affects MIC checks.
/// [Unknown] keeps an unknown CID and every byte after it, so decoding never fails on one.
public sealed interface MacCommand {
    /// {@return the CID byte}
    default int cid() {
        return Kinds.cid(this).code();
    }

    /// {@return the direction the command travels in}: UPLINK for device-to-network commands
    default Direction direction() {
        return Kinds.of(this).direction();
    }

    /// {@return the spec name}, e.g. `LinkADRAns`; `Unknown` for [Unknown]
    default String specName() {
        return Kinds.cid(this).specName(direction()).orElseThrow();
    }

    record ResetInd(int minor) implements MacCommand {
        public ResetInd { Range.bits("Minor", minor, 4); }
    }

    record ResetConf(int minor) implements MacCommand {
        public ResetConf { Range.bits("Minor", minor, 4); }
    }

    record LinkCheckReq() implements MacCommand {}

    /// `margin` is the demodulation margin in dB (0..254; 255 is reserved), `gwCnt` the gateways that heard it.
    record LinkCheckAns(int margin, int gwCnt) implements MacCommand {
        public LinkCheckAns {
            Range.bits("Margin", margin, 8);
            Range.bits("GwCnt", gwCnt, 8);
        }
    }

    record LinkAdrReq(int dataRate, int txPower, int chMask, int chMaskCntl, int nbTrans) implements MacCommand {
        public LinkAdrReq {
            Range.bits("DataRate", dataRate, 4);
            Range.bits("TXPower", txPower, 4);
            Range.bits("ChMask", chMask, 16);
            Range.bits("ChMaskCntl", chMaskCntl, 3);
            Range.bits("NbTrans", nbTrans, 4);
        }
    }

    record LinkAdrAns(boolean powerAck, boolean dataRateAck, boolean channelMaskAck) implements MacCommand {}

    /// `maxDutyCycle` is MaxDCycle: the aggregated duty cycle is 1 / 2^maxDutyCycle.
    record DutyCycleReq(int maxDutyCycle) implements MacCommand {
        public DutyCycleReq { Range.bits("MaxDCycle", maxDutyCycle, 4); }
    }

    record DutyCycleAns() implements MacCommand {}

    record RxParamSetupReq(int rx1DrOffset, int rx2DataRate, long frequencyHz) implements MacCommand {
        public RxParamSetupReq {
            Range.bits("RX1DROffset", rx1DrOffset, 3);
            Range.bits("RX2DataRate", rx2DataRate, 4);
            Range.frequency("Frequency", frequencyHz);
        }
    }

    record RxParamSetupAns(boolean rx1DrOffsetAck, boolean rx2DataRateAck, boolean channelAck) implements MacCommand {}

    record DevStatusReq() implements MacCommand {}

    /// `battery`: 0 external power, 1..254 level, 255 unknown. `margin`: SNR margin in dB, signed 6 bits.
    record DevStatusAns(int battery, int margin) implements MacCommand {
        public DevStatusAns {
            Range.bits("Battery", battery, 8);
            if (margin < -32 || margin > 31) {
                throw new IllegalArgumentException("Margin is a signed 6-bit value (-32..31), got " + margin);
            }
        }
    }

    /// A frequency of 0 disables the channel.
    record NewChannelReq(int chIndex, long frequencyHz, int minDr, int maxDr) implements MacCommand {
        public NewChannelReq {
            Range.bits("ChIndex", chIndex, 8);
            Range.frequency("Freq", frequencyHz);
            Range.bits("MinDR", minDr, 4);
            Range.bits("MaxDR", maxDr, 4);
        }
    }

    record NewChannelAns(boolean dataRateRangeOk, boolean channelFrequencyOk) implements MacCommand {}

    /// `delay` is Del: 0 and 1 both mean 1 s, 15 means 15 s.
    record RxTimingSetupReq(int delay) implements MacCommand {
        public RxTimingSetupReq { Range.bits("Del", delay, 4); }
    }

    record RxTimingSetupAns() implements MacCommand {}

    /// Dwell-time flags: true means the 400 ms limit applies. `maxEirpIndex` indexes RP002's MaxEIRP table.
    record TxParamSetupReq(boolean downlinkDwellTime, boolean uplinkDwellTime, int maxEirpIndex) implements MacCommand {
        public TxParamSetupReq { Range.bits("MaxEIRP", maxEirpIndex, 4); }
    }

    record TxParamSetupAns() implements MacCommand {}

    record DlChannelReq(int chIndex, long frequencyHz) implements MacCommand {
        public DlChannelReq {
            Range.bits("ChIndex", chIndex, 8);
            Range.frequency("Freq", frequencyHz);
        }
    }

    record DlChannelAns(boolean uplinkFrequencyExists, boolean channelFrequencyOk) implements MacCommand {}

    record RekeyInd(int minor) implements MacCommand {
        public RekeyInd { Range.bits("Minor", minor, 4); }
    }

    record RekeyConf(int minor) implements MacCommand {
        public RekeyConf { Range.bits("Minor", minor, 4); }
    }

    record AdrParamSetupReq(int limitExp, int delayExp) implements MacCommand {
        public AdrParamSetupReq {
            Range.bits("Limit_exp", limitExp, 4);
            Range.bits("Delay_exp", delayExp, 4);
        }
    }

    record AdrParamSetupAns() implements MacCommand {}

    record DeviceTimeReq() implements MacCommand {}

    /// Seconds since the GPS epoch (32 bits) and fractional seconds in 1/256 s.
    record DeviceTimeAns(long gpsSeconds, int fractional) implements MacCommand {
        public DeviceTimeAns {
            if (gpsSeconds < 0 || gpsSeconds > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("GPS seconds is 32 bits, got " + gpsSeconds);
            }
            Range.bits("Fractional", fractional, 8);
        }
    }

    record ForceRejoinReq(int period, int maxRetries, int rejoinType, int dataRate) implements MacCommand {
        public ForceRejoinReq {
            Range.bits("Period", period, 3);
            Range.bits("Max_Retries", maxRetries, 3);
            Range.bits("RejoinType", rejoinType, 3);
            Range.bits("DR", dataRate, 4);
        }
    }

    record RejoinParamSetupReq(int maxTimeN, int maxCountN) implements MacCommand {
        public RejoinParamSetupReq {
            Range.bits("MaxTimeN", maxTimeN, 4);
            Range.bits("MaxCountN", maxCountN, 4);
        }
    }

    record RejoinParamSetupAns(boolean timeOk) implements MacCommand {}

    record PingSlotInfoReq(int periodicity) implements MacCommand {
        public PingSlotInfoReq { Range.bits("Periodicity", periodicity, 3); }
    }

    record PingSlotInfoAns() implements MacCommand {}

    record PingSlotChannelReq(long frequencyHz, int dataRate) implements MacCommand {
        public PingSlotChannelReq {
            Range.frequency("Frequency", frequencyHz);
            Range.bits("DR", dataRate, 4);
        }
    }

    record PingSlotChannelAns(boolean dataRateOk, boolean channelFrequencyOk) implements MacCommand {}

    /// Deprecated (CID 0x12).
    record BeaconTimingReq() implements MacCommand {}

    /// Deprecated (CID 0x12): `delay` in 30 ms units until the next beacon, `channel` its channel index.
    record BeaconTimingAns(int delay, int channel) implements MacCommand {
        public BeaconTimingAns {
            Range.bits("Delay", delay, 16);
            Range.bits("Channel", channel, 8);
        }
    }

    /// A frequency of 0 restores the default beacon frequency plan.
    record BeaconFreqReq(long frequencyHz) implements MacCommand {
        public BeaconFreqReq { Range.frequency("Frequency", frequencyHz); }
    }

    record BeaconFreqAns(boolean beaconFrequencyOk) implements MacCommand {}

    /// `deviceClass` is the Class byte: 0 class A, 2 class C, other values RFU (kept as read).
    record DeviceModeInd(int deviceClass) implements MacCommand {
        public DeviceModeInd { Range.bits("Class", deviceClass, 8); }
    }

    record DeviceModeConf(int deviceClass) implements MacCommand {
        public DeviceModeConf { Range.bits("Class", deviceClass, 8); }
    }

    /// A CID this codec does not know in `direction` (proprietary 0x80..0xFF, RFU codes). Its payload length is
    /// unknown, so it holds every byte after the CID (`rest`, possibly empty) and ends the list.
    record Unknown(Direction direction, int cid, Bytes rest) implements MacCommand {
        public Unknown {
            Objects.requireNonNull(direction, "direction");
            Range.bits("CID", cid, 8);
            Objects.requireNonNull(rest, "rest");
            if (Cid.fromCode(cid).flatMap(c -> c.specName(direction)).isPresent()) {
                throw new IllegalArgumentException(String.format("CID 0x%02X is a known %s command", cid,
                        direction == Direction.UPLINK ? "uplink" : "downlink"));
            }
        }

        @Override
        public String specName() {
            return "Unknown";
        }
    }
}
