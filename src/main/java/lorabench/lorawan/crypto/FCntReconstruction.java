// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

/// Rebuilds the 32-bit frame counter from the 16 bits on air (LoRaWAN L2 1.0.4 §4.3.1.5; L2 1.1 §4.3.1.5), for the
/// server (FCntUp) and for a device (NFCntDown, AFCntDown, FCntDown) alike.
///
/// Rule: the candidate is the smallest value `>= last` whose low 16 bits are the on-air value; that is, the high
/// 16 bits of `last`, plus 0x10000 when the on-air value is below the low 16 bits of `last` (a rollover
/// 0xFFFF -> 0x0000). Semantics for the receiver:
/// - candidate `> last`: a new frame ([Verdict#NEW]); `lost` frames were skipped. Accept it only if the MIC computed
///   with the candidate is valid, then store it as the new `last`.
/// - candidate `== last`: the same counter again ([Verdict#RETRANSMISSION]): a repetition (NbTrans, an unacknowledged
///   confirmed frame) or a replay. It is never a new frame; a server may still acknowledge a confirmed uplink.
/// - candidate `> 0xFFFFFFFF`: the 32-bit counter would wrap ([Verdict#EXHAUSTED]); the session must end (rejoin).
///
/// An old frame replayed with a smaller on-air value maps to the next 16-bit epoch, and its MIC (computed with the
/// old 32-bit value) fails: the MIC check is what rejects it. [#isReplay] states the "counter not above last" test.
public final class FCntReconstruction {
    /// `last` value meaning that no frame has been accepted yet in this session (counters start at 0).
    public static final long NONE = -1;

    /// How a received counter relates to the last accepted one.
    public enum Verdict { NEW, RETRANSMISSION, EXHAUSTED }

    /// The reconstructed counter and its verdict.
    /// @param fCnt32 the candidate 32-bit counter (above 0xFFFFFFFF only when `verdict` is EXHAUSTED)
    /// @param lost   how many counter values were skipped between `last` and `fCnt32` (0 unless NEW)
    public record Outcome(Verdict verdict, long fCnt32, long lost) {}

    private FCntReconstruction() {}

    /// {@return the candidate 32-bit counter}: the smallest value `>= lastFCnt32` ending in `fCnt16OnAir`
    /// (or `fCnt16OnAir` itself when `lastFCnt32` is [#NONE]); may exceed 0xFFFFFFFF, see [#classify]
    public static long full32(long lastFCnt32, int fCnt16OnAir) {
        checkArgs(lastFCnt32, fCnt16OnAir);
        if (lastFCnt32 == NONE) {
            return fCnt16OnAir;
        }
        long candidate = (lastFCnt32 & ~0xFFFFL) | fCnt16OnAir;
        if (fCnt16OnAir < (lastFCnt32 & 0xFFFF)) {
            candidate += 0x1_0000L;
        }
        return candidate;
    }

    /// {@return the candidate counter with its verdict}
    public static Outcome classify(long lastFCnt32, int fCnt16OnAir) {
        long full = full32(lastFCnt32, fCnt16OnAir);
        if (full > Blocks.MAX_FCNT) {
            return new Outcome(Verdict.EXHAUSTED, full, 0);
        }
        if (full == lastFCnt32) {
            return new Outcome(Verdict.RETRANSMISSION, full, 0);
        }
        return new Outcome(Verdict.NEW, full, full - lastFCnt32 - 1);
    }

    /// {@return whether `fCnt32` is not above the last accepted counter}: such a frame must not be processed as new
    public static boolean isReplay(long lastFCnt32, long fCnt32) {
        return lastFCnt32 != NONE && fCnt32 <= lastFCnt32;
    }

    private static void checkArgs(long lastFCnt32, int fCnt16OnAir) {
        if (lastFCnt32 < NONE || lastFCnt32 > Blocks.MAX_FCNT) {
            throw new IllegalArgumentException("last FCnt must be NONE (-1) or 0..4294967295, got " + lastFCnt32);
        }
        if (fCnt16OnAir < 0 || fCnt16OnAir > 0xFFFF) {
            throw new IllegalArgumentException("FCnt on air is 16 bits (0..65535), got " + fCnt16OnAir);
        }
    }
}
