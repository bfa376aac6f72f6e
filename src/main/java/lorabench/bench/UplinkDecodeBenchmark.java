// SPDX-License-Identifier: Apache-2.0
package lorabench.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lorabench.lorawan.crypto.FCntReconstruction;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/// The whole receive path of a typical uplink as a network server runs it, one frame per operation: decode the
/// PHYPayload ([FrameCodec#decode]), find the session by DevAddr (a hash map of 1,000 sessions whose keys are
/// cached, as a server keeps them), rebuild the 32-bit FCnt ([FCntReconstruction]), check the MIC over the bytes
/// received, and decrypt the FRMPayload. The frame is an unconfirmed uplink with ADR, FPort 1 and a 20-byte
/// payload (33 bytes on air), FCnt 0x10007 after 0x10006 (so the high 16 bits come from the session).
/// `decode10` uses the LoRaWAN 1.0 MIC (one CMAC), `decode11` the 1.1 MIC (two CMACs, over B0 and B1).
///
/// Run: `./lorabench bench --include UplinkDecodeBenchmark`, or
/// `java -cp target/classes:target/lib/* org.openjdk.jmh.Main UplinkDecodeBenchmark -f 1 -wi 3 -i 5`
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UplinkDecodeBenchmark {
    /// A session as a server caches it: keys and the last accepted FCntUp.
    record Session(AesKey nwkSKeyOrFNwkSIntKey, AesKey sNwkSIntKey, AesKey appSKey, long lastFCntUp) {}

    private static final DevAddr DEV_ADDR = DevAddr.parse("26011BDA");
    private static final long FCNT = 0x1_0007L;

    private final Map<DevAddr, Session> sessions = new HashMap<>();
    private Bytes phy10;
    private Bytes phy11;

    @Setup
    public void setUp() {
        for (int i = 0; i < 1000; i++) {
            DevAddr a = new DevAddr(DEV_ADDR.value() + i);
            AesKey k = AesKey.of(Bytes.fromHex(String.format("2B7E151628AED2A6ABF7158809CF%04X", i)));
            sessions.put(a, new Session(k, AesKey.parse("3C4FCF098815F7ABA6D2AE2816157E2B"),
                    AesKey.parse("000102030405060708090A0B0C0D0E0F"), FCNT - 1));
        }
        Session s = sessions.get(DEV_ADDR);
        Bytes payload = Bytes.fromHex("0102030405060708090A0B0C0D0E0F1011121314");
        DataFrame clear = DataFrame.of(MType.UNCONFIRMED_DATA_UP,
                FHdr.of(DEV_ADDR, FCtrl.uplink(true, false, false, false, 0), (int) (FCNT & 0xFFFF), Bytes.EMPTY),
                1, PayloadCipher.encrypt(s.appSKey(), Direction.UPLINK, DEV_ADDR, FCNT, payload), Bytes.of(new byte[4]));
        Bytes msg = FrameCodec.micInput(clear);
        phy10 = FrameCodec.encode(clear.withMic(Mic.dataUplink10(s.nwkSKeyOrFNwkSIntKey(), DEV_ADDR, FCNT, msg)));
        phy11 = FrameCodec.encode(clear.withMic(Mic.dataUplink11(s.nwkSKeyOrFNwkSIntKey(), s.sNwkSIntKey(),
                DEV_ADDR, FCNT, 0, 5, 2, msg)));
    }

    /// {@return the decrypted payload}, or an empty one when the MIC does not match
    @Benchmark
    public Bytes decode10() throws MalformedFrameException {
        DataFrame d = dataFrame(FrameCodec.decode(phy10));
        Session s = sessions.get(d.fHdr().devAddr());
        long fCnt = FCntReconstruction.full32(s.lastFCntUp(), d.fHdr().fCnt());
        Bytes msg = phy10.slice(0, phy10.size() - 4);
        if (!Mic.dataUplink10(s.nwkSKeyOrFNwkSIntKey(), d.fHdr().devAddr(), fCnt, msg).constantTimeEquals(d.mic())) {
            return Bytes.EMPTY;
        }
        return PayloadCipher.decrypt(s.appSKey(), Direction.UPLINK, d.fHdr().devAddr(), fCnt, d.frmPayload());
    }

    /// As [#decode10] with the LoRaWAN 1.1 uplink MIC (TxDr 5, TxCh 2, no ACK).
    @Benchmark
    public Bytes decode11() throws MalformedFrameException {
        DataFrame d = dataFrame(FrameCodec.decode(phy11));
        Session s = sessions.get(d.fHdr().devAddr());
        long fCnt = FCntReconstruction.full32(s.lastFCntUp(), d.fHdr().fCnt());
        Bytes msg = phy11.slice(0, phy11.size() - 4);
        Bytes mic = Mic.dataUplink11(s.nwkSKeyOrFNwkSIntKey(), s.sNwkSIntKey(), d.fHdr().devAddr(), fCnt, 0, 5, 2, msg);
        if (!mic.constantTimeEquals(d.mic())) {
            return Bytes.EMPTY;
        }
        return PayloadCipher.decrypt(s.appSKey(), Direction.UPLINK, d.fHdr().devAddr(), fCnt, d.frmPayload());
    }

    private static DataFrame dataFrame(PhyPayload p) {
        if (p instanceof DataFrame d) {
            return d;
        }
        throw new IllegalStateException("not a data frame: " + p.mHdr().mType());
    }
}
