// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class MacCommandCodecProperties {

    /// Any byte string either decodes or throws [MalformedFrameException]; what decodes re-encodes to bytes that
    /// decode to the same commands (encoding is canonical: RFU bits become zero), with the same total size.
    @Property(tries = 3000)
    void decodingIsTotalAndEncodingCanonical(@ForAll Direction direction, @ForAll @Size(max = 64) byte[] raw) {
        Bytes b = Bytes.of(raw);
        List<MacCommand> commands;
        try {
            commands = MacCommandCodec.decode(direction, b);
        } catch (MalformedFrameException e) {
            return;
        }
        Bytes encoded = MacCommandCodec.encode(commands);
        assertEquals(b.size(), encoded.size());
        try {
            assertEquals(commands, MacCommandCodec.decode(direction, encoded));
        } catch (MalformedFrameException e) {
            throw new AssertionError("canonical encoding did not decode: " + encoded, e);
        }
        commands.forEach(MacCommandFields::of);
    }

    /// Every prefix of a valid list decodes or throws [MalformedFrameException], nothing else.
    @Property(tries = 500)
    void everyTruncationDecodesOrThrowsMalformed(@ForAll Direction direction, @ForAll @Size(max = 32) byte[] raw) {
        Bytes b = Bytes.of(raw);
        for (int n = 0; n <= b.size(); n++) {
            try {
                MacCommandCodec.decode(direction, b.slice(0, n));
            } catch (MalformedFrameException expected) {
                // the only allowed failure
            }
        }
    }
}
