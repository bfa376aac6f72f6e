// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FCntReconstructionTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/crypto-fcnt.csv", numLinesToSkip = 1)
    void reconstructsTheFullCounter(String name, long last, int fCnt16, long full32,
            FCntReconstruction.Verdict verdict, long lost) {
        assertEquals(full32, FCntReconstruction.full32(last, fCnt16));
        assertEquals(new FCntReconstruction.Outcome(verdict, full32, lost), FCntReconstruction.classify(last, fCnt16));
        assertEquals(fCnt16, full32 & 0xFFFF, "the low 16 bits are the ones on air");
        assertEquals(verdict == FCntReconstruction.Verdict.RETRANSMISSION, FCntReconstruction.isReplay(last, full32));
    }

    @Test
    void replayMeansNotAboveTheLastAcceptedCounter() {
        assertTrue(FCntReconstruction.isReplay(10, 10));
        assertTrue(FCntReconstruction.isReplay(10, 3));
        assertFalse(FCntReconstruction.isReplay(10, 11));
        assertFalse(FCntReconstruction.isReplay(FCntReconstruction.NONE, 0));
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> FCntReconstruction.full32(0, 0x1_0000));
        assertThrows(IllegalArgumentException.class, () -> FCntReconstruction.full32(0, -1));
        assertThrows(IllegalArgumentException.class, () -> FCntReconstruction.full32(-2, 0));
        assertThrows(IllegalArgumentException.class, () -> FCntReconstruction.full32(0x1_0000_0000L, 0));
    }
}
