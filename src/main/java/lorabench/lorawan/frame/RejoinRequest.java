// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.NetId;

/// A rejoin-request (LoRaWAN L2 1.1 §6.2.4.1, MType 110). Types 0 and 2 carry NetID | DevEUI | RJcount0 (19 bytes
/// in all); type 1 carries JoinEUI | DevEUI | RJcount1 (24 bytes).
public sealed interface RejoinRequest extends PhyPayload {
    /// {@return the RejoinType byte}: 0, 1 or 2
    int rejoinType();

    Eui64 devEui();

    /// {@return RJcount0 for types 0 and 2, RJcount1 for type 1}
    int rjCount();

    Bytes mic();

    /// A type 0 (reset context or change of network) or type 2 (rekey) rejoin-request.
    record Type0Or2(MHdr mHdr, int rejoinType, NetId netId, Eui64 devEui, int rjCount0, Bytes mic)
            implements RejoinRequest {
        public static final int SIZE = 19;

        public Type0Or2 {
            Checks.mHdr(mHdr, MType.REJOIN_REQUEST);
            if (rejoinType != 0 && rejoinType != 2) {
                throw new IllegalArgumentException("this rejoin-request layout is for types 0 and 2, got " + rejoinType);
            }
            Objects.requireNonNull(netId, "netId");
            Objects.requireNonNull(devEui, "devEui");
            Checks.u16("RJcount0", rjCount0);
            Checks.mic(mic);
        }

        @Override
        public int rjCount() {
            return rjCount0;
        }

        public Type0Or2 withMic(Bytes newMic) {
            return new Type0Or2(mHdr, rejoinType, netId, devEui, rjCount0, newMic);
        }
    }

    /// A type 1 rejoin-request (rejoin after a lost context, handled by the join server).
    record Type1(MHdr mHdr, Eui64 joinEui, Eui64 devEui, int rjCount1, Bytes mic) implements RejoinRequest {
        public static final int SIZE = 24;

        public Type1 {
            Checks.mHdr(mHdr, MType.REJOIN_REQUEST);
            Objects.requireNonNull(joinEui, "joinEui");
            Objects.requireNonNull(devEui, "devEui");
            Checks.u16("RJcount1", rjCount1);
            Checks.mic(mic);
        }

        @Override
        public int rejoinType() {
            return 1;
        }

        @Override
        public int rjCount() {
            return rjCount1;
        }

        public Type1 withMic(Bytes newMic) {
            return new Type1(mHdr, joinEui, devEui, rjCount1, newMic);
        }
    }
}
