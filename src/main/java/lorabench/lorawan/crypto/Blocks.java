// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;

/// The 16-byte blocks the spec feeds to AES, with every multi-byte field little-endian (LoRaWAN L2 1.0.4 §4.3.3,
/// §4.4, §6.2.5; L2 1.1 §4.3.1.6, §4.3.3, §4.4, §6.2.3).
final class Blocks {
    static final long MAX_FCNT = 0xFFFF_FFFFL;

    private Blocks() {}

    static long checkFCnt(long fCnt32) {
        if (fCnt32 < 0 || fCnt32 > MAX_FCNT) {
            throw new IllegalArgumentException("FCnt must be a 32-bit counter (0..4294967295), got " + fCnt32);
        }
        return fCnt32;
    }

    static int checkByte(String what, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(what + " must fit in one byte (0..255), got " + value);
        }
        return value;
    }

    static void putLe(byte[] b, int off, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            b[off + i] = (byte) (value >>> (8 * i));
        }
    }

    /// Writes the shared tail of the A, B0 and B1 blocks: `Dir | DevAddr | FCnt | 0x00` at offsets 5..14.
    private static void putAddressing(byte[] b, int off, int dir, DevAddr devAddr, long fCnt32) {
        b[off + 5] = (byte) dir;
        putLe(b, off + 6, devAddr.value(), 4);
        putLe(b, off + 10, checkFCnt(fCnt32), 4);
    }

    /// B0 at `b[off..off+16)`: `0x49 | ConfFCnt(2) | 0x0000 | Dir | DevAddr | FCnt | 0x00 | len(msg)`.
    /// ConfFCnt is 0 in 1.0 and on uplinks; on 1.1 downlinks it is the acknowledged uplink's FCnt mod 2^16.
    static void b0(byte[] b, int off, int confFCnt, Direction dir, DevAddr devAddr, long fCnt32, int msgLen) {
        b[off] = 0x49;
        putLe(b, off + 1, confFCnt & 0xFFFF, 2);
        putAddressing(b, off, dir.code(), devAddr, fCnt32);
        b[off + 15] = (byte) msgLen;
    }

    /// B1 at `b[off..off+16)` (L2 1.1 §4.4): `0x49 | ConfFCnt(2) | TxDr | TxCh | 0x00 | DevAddr | FCntUp | 0x00 | len`.
    static void b1(byte[] b, int off, int confFCnt, int txDr, int txCh, DevAddr devAddr, long fCnt32, int msgLen) {
        b[off] = 0x49;
        putLe(b, off + 1, confFCnt & 0xFFFF, 2);
        b[off + 3] = (byte) checkByte("TxDr", txDr);
        b[off + 4] = (byte) checkByte("TxCh", txCh);
        putAddressing(b, off, Direction.UPLINK.code(), devAddr, fCnt32);
        b[off + 15] = (byte) msgLen;
    }

    /// A block at `b[off..off+16)`: `0x01 | 0x00 0x00 0x00 | id | Dir | DevAddr | FCnt | 0x00 | counter`.
    /// `id` is 0 for FRMPayload and pre-erratum FOpts, 1 or 2 for erratum FOpts.
    static void a(byte[] b, int off, int id, Direction dir, DevAddr devAddr, long fCnt32, int counter) {
        b[off] = 0x01;
        b[off + 4] = (byte) id;
        putAddressing(b, off, dir.code(), devAddr, fCnt32);
        b[off + 15] = (byte) counter;
    }

    static byte[] first4(byte[] cmac) {
        return new byte[] {cmac[0], cmac[1], cmac[2], cmac[3]};
    }
}
