// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import static lorabench.lorawan.types.Direction.DOWNLINK;
import static lorabench.lorawan.types.Direction.UPLINK;

import lorabench.lorawan.mac.MacCommand.*;
import lorabench.lorawan.types.Direction;

/// Which descriptor and direction each [MacCommand] record stands for: one exhaustive switch, so a new record
/// does not compile until it is listed here.
final class Kinds {
    record Kind(Cid cid, Direction direction) {}

    private Kinds() {}

    static Cid cid(MacCommand c) {
        return of(c).cid();
    }

    static Kind of(MacCommand c) {
        return switch (c) {
            case ResetInd _ -> new Kind(Cid.RESET, UPLINK);
            case ResetConf _ -> new Kind(Cid.RESET, DOWNLINK);
            case LinkCheckReq _ -> new Kind(Cid.LINK_CHECK, UPLINK);
            case LinkCheckAns _ -> new Kind(Cid.LINK_CHECK, DOWNLINK);
            case LinkAdrReq _ -> new Kind(Cid.LINK_ADR, DOWNLINK);
            case LinkAdrAns _ -> new Kind(Cid.LINK_ADR, UPLINK);
            case DutyCycleReq _ -> new Kind(Cid.DUTY_CYCLE, DOWNLINK);
            case DutyCycleAns _ -> new Kind(Cid.DUTY_CYCLE, UPLINK);
            case RxParamSetupReq _ -> new Kind(Cid.RX_PARAM_SETUP, DOWNLINK);
            case RxParamSetupAns _ -> new Kind(Cid.RX_PARAM_SETUP, UPLINK);
            case DevStatusReq _ -> new Kind(Cid.DEV_STATUS, DOWNLINK);
            case DevStatusAns _ -> new Kind(Cid.DEV_STATUS, UPLINK);
            case NewChannelReq _ -> new Kind(Cid.NEW_CHANNEL, DOWNLINK);
            case NewChannelAns _ -> new Kind(Cid.NEW_CHANNEL, UPLINK);
            case RxTimingSetupReq _ -> new Kind(Cid.RX_TIMING_SETUP, DOWNLINK);
            case RxTimingSetupAns _ -> new Kind(Cid.RX_TIMING_SETUP, UPLINK);
            case TxParamSetupReq _ -> new Kind(Cid.TX_PARAM_SETUP, DOWNLINK);
            case TxParamSetupAns _ -> new Kind(Cid.TX_PARAM_SETUP, UPLINK);
            case DlChannelReq _ -> new Kind(Cid.DL_CHANNEL, DOWNLINK);
            case DlChannelAns _ -> new Kind(Cid.DL_CHANNEL, UPLINK);
            case RekeyInd _ -> new Kind(Cid.REKEY, UPLINK);
            case RekeyConf _ -> new Kind(Cid.REKEY, DOWNLINK);
            case AdrParamSetupReq _ -> new Kind(Cid.ADR_PARAM_SETUP, DOWNLINK);
            case AdrParamSetupAns _ -> new Kind(Cid.ADR_PARAM_SETUP, UPLINK);
            case DeviceTimeReq _ -> new Kind(Cid.DEVICE_TIME, UPLINK);
            case DeviceTimeAns _ -> new Kind(Cid.DEVICE_TIME, DOWNLINK);
            case ForceRejoinReq _ -> new Kind(Cid.FORCE_REJOIN, DOWNLINK);
            case RejoinParamSetupReq _ -> new Kind(Cid.REJOIN_PARAM_SETUP, DOWNLINK);
            case RejoinParamSetupAns _ -> new Kind(Cid.REJOIN_PARAM_SETUP, UPLINK);
            case PingSlotInfoReq _ -> new Kind(Cid.PING_SLOT_INFO, UPLINK);
            case PingSlotInfoAns _ -> new Kind(Cid.PING_SLOT_INFO, DOWNLINK);
            case PingSlotChannelReq _ -> new Kind(Cid.PING_SLOT_CHANNEL, DOWNLINK);
            case PingSlotChannelAns _ -> new Kind(Cid.PING_SLOT_CHANNEL, UPLINK);
            case BeaconTimingReq _ -> new Kind(Cid.BEACON_TIMING, UPLINK);
            case BeaconTimingAns _ -> new Kind(Cid.BEACON_TIMING, DOWNLINK);
            case BeaconFreqReq _ -> new Kind(Cid.BEACON_FREQ, DOWNLINK);
            case BeaconFreqAns _ -> new Kind(Cid.BEACON_FREQ, UPLINK);
            case DeviceModeInd _ -> new Kind(Cid.DEVICE_MODE, UPLINK);
            case DeviceModeConf _ -> new Kind(Cid.DEVICE_MODE, DOWNLINK);
            case Unknown u -> throw new IllegalArgumentException(
                    String.format("CID 0x%02X has no descriptor", u.cid()));
        };
    }
}
