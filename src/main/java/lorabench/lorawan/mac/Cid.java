// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import java.util.Optional;
import java.util.OptionalInt;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.MacVersion;

/// The MAC command descriptor table (LoRaWAN L2 1.0.4 §5 Table 4, L2 1.1 §5 Table 4, as TTS `mac.go` holds it):
/// for each CID, the payload length and spec name of the uplink (device to network) and downlink command, who
/// initiates the exchange, and the first LoRaWAN version that defines it.
///
/// The request/answer naming flips for device-initiated exchanges: ResetInd, LinkCheckReq, RekeyInd,
/// DeviceTimeReq, PingSlotInfoReq, BeaconTimingReq and DeviceModeInd travel uplink. ForceRejoinReq has no answer.
public enum Cid {
    RESET(0x01, 1, "ResetInd", 1, "ResetConf", Direction.UPLINK, MacVersion.V1_1, false),
    LINK_CHECK(0x02, 0, "LinkCheckReq", 2, "LinkCheckAns", Direction.UPLINK, MacVersion.V1_0_0, false),
    LINK_ADR(0x03, 1, "LinkADRAns", 4, "LinkADRReq", Direction.DOWNLINK, MacVersion.V1_0_0, false),
    DUTY_CYCLE(0x04, 0, "DutyCycleAns", 1, "DutyCycleReq", Direction.DOWNLINK, MacVersion.V1_0_0, false),
    RX_PARAM_SETUP(0x05, 1, "RXParamSetupAns", 4, "RXParamSetupReq", Direction.DOWNLINK, MacVersion.V1_0_0, false),
    DEV_STATUS(0x06, 2, "DevStatusAns", 0, "DevStatusReq", Direction.DOWNLINK, MacVersion.V1_0_0, false),
    NEW_CHANNEL(0x07, 1, "NewChannelAns", 5, "NewChannelReq", Direction.DOWNLINK, MacVersion.V1_0_0, false),
    RX_TIMING_SETUP(0x08, 0, "RXTimingSetupAns", 1, "RXTimingSetupReq", Direction.DOWNLINK, MacVersion.V1_0_0, false),
    TX_PARAM_SETUP(0x09, 0, "TxParamSetupAns", 1, "TxParamSetupReq", Direction.DOWNLINK, MacVersion.V1_0_2, false),
    DL_CHANNEL(0x0A, 1, "DlChannelAns", 4, "DlChannelReq", Direction.DOWNLINK, MacVersion.V1_0_2, false),
    REKEY(0x0B, 1, "RekeyInd", 1, "RekeyConf", Direction.UPLINK, MacVersion.V1_1, false),
    ADR_PARAM_SETUP(0x0C, 0, "ADRParamSetupAns", 1, "ADRParamSetupReq", Direction.DOWNLINK, MacVersion.V1_1, false),
    DEVICE_TIME(0x0D, 0, "DeviceTimeReq", 5, "DeviceTimeAns", Direction.UPLINK, MacVersion.V1_0_3, false),
    /// No answer: the device answers with a rejoin-request frame.
    FORCE_REJOIN(0x0E, -1, null, 2, "ForceRejoinReq", Direction.DOWNLINK, MacVersion.V1_1, false),
    REJOIN_PARAM_SETUP(0x0F, 1, "RejoinParamSetupAns", 1, "RejoinParamSetupReq", Direction.DOWNLINK,
            MacVersion.V1_1, false),
    PING_SLOT_INFO(0x10, 1, "PingSlotInfoReq", 0, "PingSlotInfoAns", Direction.UPLINK, MacVersion.V1_0_3, false),
    PING_SLOT_CHANNEL(0x11, 1, "PingSlotChannelAns", 4, "PingSlotChannelReq", Direction.DOWNLINK,
            MacVersion.V1_0_3, false),
    /// NOTE: 0x12 is deprecated since class B entered the spec (devices use DeviceTimeReq instead); still decoded.
    BEACON_TIMING(0x12, 0, "BeaconTimingReq", 3, "BeaconTimingAns", Direction.UPLINK, MacVersion.V1_0_3, true),
    BEACON_FREQ(0x13, 1, "BeaconFreqAns", 3, "BeaconFreqReq", Direction.DOWNLINK, MacVersion.V1_0_3, false),
    DEVICE_MODE(0x20, 1, "DeviceModeInd", 1, "DeviceModeConf", Direction.UPLINK, MacVersion.V1_1, false);

    private static final Cid[] BY_CODE = new Cid[256];

    static {
        for (Cid c : values()) {
            BY_CODE[c.code] = c;
        }
    }

    private final int code;
    private final int uplinkLength;
    private final String uplinkName;
    private final int downlinkLength;
    private final String downlinkName;
    private final Direction initiatedBy;
    private final MacVersion since;
    private final boolean deprecated;

    Cid(int code, int uplinkLength, String uplinkName, int downlinkLength, String downlinkName,
            Direction initiatedBy, MacVersion since, boolean deprecated) {
        this.code = code;
        this.uplinkLength = uplinkLength;
        this.uplinkName = uplinkName;
        this.downlinkLength = downlinkLength;
        this.downlinkName = downlinkName;
        this.initiatedBy = initiatedBy;
        this.since = since;
        this.deprecated = deprecated;
    }

    /// {@return the descriptor of wire code `code`}, empty for codes the spec does not define (including the
    /// proprietary range 0x80..0xFF)
    public static Optional<Cid> fromCode(int code) {
        return code >= 0 && code < 256 ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    public int code() {
        return code;
    }

    /// {@return the payload length (CID byte excluded) of the command travelling in `direction`}, empty when no
    /// such command exists (ForceRejoin uplink)
    public OptionalInt payloadLength(Direction direction) {
        int n = direction == Direction.UPLINK ? uplinkLength : downlinkLength;
        return n < 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /// {@return the spec name of the command travelling in `direction`}, e.g. `LinkADRAns` uplink
    public Optional<String> specName(Direction direction) {
        return Optional.ofNullable(direction == Direction.UPLINK ? uplinkName : downlinkName);
    }

    /// {@return the direction of the request}: UPLINK for device-initiated exchanges
    public Direction initiatedBy() {
        return initiatedBy;
    }

    /// {@return the name of the request} (ResetInd, LinkCheckReq, LinkADRReq ...)
    public String requestName() {
        return specName(initiatedBy).orElseThrow();
    }

    /// {@return the name of the answer}, empty for ForceRejoinReq
    public Optional<String> answerName() {
        return specName(initiatedBy == Direction.UPLINK ? Direction.DOWNLINK : Direction.UPLINK);
    }

    /// {@return the first LoRaWAN version that defines the command}
    public MacVersion since() {
        return since;
    }

    public boolean deprecated() {
        return deprecated;
    }
}
