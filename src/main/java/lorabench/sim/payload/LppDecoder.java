// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.util.List;
import lorabench.lorawan.types.Bytes;

/// Decodes Cayenne LPP uplinks back to values, for tests and for the GUI's payload view.
public final class LppDecoder {
    private LppDecoder() {}

    /// {@return the readings in `frame`}, see [LppCodec#decode(Bytes)]
    public static List<LppReading> decode(Bytes frame) {
        return LppCodec.decode(frame);
    }

    /// {@return the readings in the hex text `hex`}
    public static List<LppReading> decodeHex(String hex) {
        return LppCodec.decode(Bytes.fromHex(hex.replace(" ", "")));
    }
}
