// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import lorabench.lorawan.types.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Truncated and garbage frames must throw [MalformedFrameException], naming the field and offset, and nothing else.
class FrameResilienceTest {
    static List<Arguments> malformed() {
        return Vectors.load("frame-malformed.csv", 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsNamingFieldAndOffset(String name, String hex, String field, String offset) {
        var e = assertThrows(MalformedFrameException.class, () -> FrameCodec.decode(Vectors.hex(hex)));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(Integer.parseInt(offset), e.offset(), e.getMessage());
    }

    @Test
    void joinAcceptPlaintextOfWrongLengthIsMalformed() {
        var e = assertThrows(MalformedFrameException.class, () -> FrameCodec.decodeJoinAcceptPlaintext(
                MHdr.of(MType.JOIN_ACCEPT), Bytes.wrap(new byte[20])));
        assertEquals("joinAccept", e.field());
        assertEquals(1, e.offset());
    }

    @Test
    void everyTruncationOfEveryVectorDecodesOrThrowsMalformed() {
        for (Arguments a : FrameCodecTest.phyVectors()) {
            Bytes full = Vectors.hex((String) a.get()[1]);
            for (int n = 0; n < full.size(); n++) {
                FrameCodecProperties.decodeOrMalformed(full.slice(0, n));
            }
        }
    }
}
