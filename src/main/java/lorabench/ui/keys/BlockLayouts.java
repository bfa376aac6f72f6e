// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.crypto.CryptoStep;
import lorabench.lorawan.types.Bytes;
import lorabench.ui.keys.AnnotatedBlock.Segment;

/// The byte layouts of the blocks the spec feeds to AES, applied to the crypto package's [CryptoStep]s: the
/// blocks and results shown are exactly those the crypto code computed; this class only names their bytes.
///
/// Layouts: LoRaWAN L2 1.0.4 §6.2.5 (1.0 derivation), L2 1.1 §6.1.2.2 to §6.1.2.4 (1.1 derivation and the JS
/// keys), L2 1.0.4 §4.4 and L2 1.1 §4.4 (B0, B1).
public final class BlockLayouts {
    private BlockLayouts() {}

    /// `type | JoinNonce | NetID | DevNonce | pad` (1.0, and 1.1 with OptNeg unset)
    public static AnnotatedBlock derivation10(String title, String root, CryptoStep step) {
        return new AnnotatedBlock(title, "AES-128-Encrypt(" + root + ", block)", step.block(), List.of(
                prefix(step.block()),
                new Segment(1, 3, "JoinNonce", ByteRole.NONCE, "LE"),
                new Segment(4, 3, "NetID", ByteRole.IDENTITY, "LE"),
                new Segment(7, 2, "DevNonce", ByteRole.NONCE, "LE"),
                new Segment(9, 7, "pad", ByteRole.PADDING, "0x00")), step.result());
    }

    /// `type | JoinNonce | JoinEUI | DevNonce | pad` (1.1 with OptNeg set)
    public static AnnotatedBlock derivation11(String title, String root, CryptoStep step) {
        return new AnnotatedBlock(title, "AES-128-Encrypt(" + root + ", block)", step.block(), List.of(
                prefix(step.block()),
                new Segment(1, 3, "JoinNonce", ByteRole.NONCE, "LE"),
                new Segment(4, 8, "JoinEUI", ByteRole.IDENTITY, "LE"),
                new Segment(12, 2, "DevNonce", ByteRole.NONCE, "LE"),
                new Segment(14, 2, "pad", ByteRole.PADDING, "0x00")), step.result());
    }

    /// `type | DevEUI | pad` (JSEncKey 0x05, JSIntKey 0x06)
    public static AnnotatedBlock jsKey(String title, CryptoStep step) {
        return new AnnotatedBlock(title, "AES-128-Encrypt(NwkKey, block)", step.block(), List.of(
                prefix(step.block()),
                new Segment(1, 8, "DevEUI", ByteRole.IDENTITY, "LE"),
                new Segment(9, 7, "pad", ByteRole.PADDING, "0x00")), step.result());
    }

    /// B0: `0x49 | ConfFCnt | 0x0000 | Dir | DevAddr | FCnt | 0x00 | len(msg)`
    public static AnnotatedBlock b0(String title, String key, CryptoStep step) {
        Bytes b = step.block();
        return new AnnotatedBlock(title, "AES-CMAC(" + key + ", B0 | msg)", b, List.of(
                new Segment(0, 1, "0x49", ByteRole.PREFIX, "B0"),
                new Segment(1, 2, "ConfFCnt", ByteRole.COUNTER, "LE"),
                new Segment(3, 2, "0x0000", ByteRole.PADDING, ""),
                new Segment(5, 1, "Dir", ByteRole.PARAMETER, b.get(5) == 0 ? "uplink" : "downlink"),
                new Segment(6, 4, "DevAddr", ByteRole.IDENTITY, "LE"),
                new Segment(10, 4, "FCnt", ByteRole.COUNTER, "LE, 32 bits"),
                new Segment(14, 1, "0x00", ByteRole.PADDING, ""),
                new Segment(15, 1, "len", ByteRole.PARAMETER, b.get(15) + " bytes")), step.result());
    }

    /// B1 (1.1 uplinks): `0x49 | ConfFCnt | TxDr | TxCh | 0x00 | DevAddr | FCntUp | 0x00 | len(msg)`
    public static AnnotatedBlock b1(String title, String key, CryptoStep step) {
        Bytes b = step.block();
        return new AnnotatedBlock(title, "AES-CMAC(" + key + ", B1 | msg)", b, List.of(
                new Segment(0, 1, "0x49", ByteRole.PREFIX, "B1"),
                new Segment(1, 2, "ConfFCnt", ByteRole.COUNTER, "LE"),
                new Segment(3, 1, "TxDr", ByteRole.PARAMETER, "DR" + b.get(3)),
                new Segment(4, 1, "TxCh", ByteRole.PARAMETER, "ch " + b.get(4)),
                new Segment(5, 1, "Dir", ByteRole.PARAMETER, "uplink"),
                new Segment(6, 4, "DevAddr", ByteRole.IDENTITY, "LE"),
                new Segment(10, 4, "FCntUp", ByteRole.COUNTER, "LE, 32 bits"),
                new Segment(14, 1, "0x00", ByteRole.PADDING, ""),
                new Segment(15, 1, "len", ByteRole.PARAMETER, b.get(15) + " bytes")), step.result());
    }

    /// A CMAC over a whole message (join-request, rejoin-request): one segment per named field.
    public static AnnotatedBlock message(String title, String key, Bytes msg, List<Segment> fields, Bytes cmac) {
        return new AnnotatedBlock(title, "AES-CMAC(" + key + ", msg)", msg, fields, cmac);
    }

    /// A field of a message: its name, size and role.
    public record Part(String name, int length, ByteRole role) {}

    /// {@return segments for `msg` laid out as `parts` in order; bytes beyond them become one "msg" segment}
    public static List<Segment> fields(Bytes msg, Part... parts) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Part p : parts) {
            if (at >= msg.size()) {
                break;
            }
            int len = Math.min(p.length(), msg.size() - at);
            out.add(new Segment(at, len, p.name(), p.role(), len > 1 ? "LE" : ""));
            at += len;
        }
        if (at < msg.size()) {
            out.add(new Segment(at, msg.size() - at, "msg", ByteRole.MESSAGE, ""));
        }
        return out;
    }

    private static Segment prefix(Bytes block) {
        return new Segment(0, 1, String.format("0x%02X", block.get(0)), ByteRole.PREFIX, "key type");
    }
}
