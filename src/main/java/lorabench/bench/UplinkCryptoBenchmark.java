// SPDX-License-Identifier: Apache-2.0
package lorabench.bench;

import java.util.concurrent.TimeUnit;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
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

/// The crypto half of decoding a typical LoRaWAN 1.0 uplink: MIC check (`cmac(NwkSKey, B0 | msg)`) and FRMPayload
/// decryption under AppSKey, for an unconfirmed uplink with FPort 1 and a 20-byte payload (33 bytes on air).
/// Keys are reused across operations, so [lorabench.lorawan.crypto.KeyedAes]'s per-thread cache is warm, as it is
/// on a server that keeps receiving from the same devices.
///
/// Run: `java -cp target/classes:target/lib/* org.openjdk.jmh.Main UplinkCryptoBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s`
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UplinkCryptoBenchmark {
    private AesKey nwkSKey;
    private AesKey appSKey;
    private DevAddr devAddr;
    private long fCnt;
    private Bytes msg;
    private Bytes frmPayload;
    private Bytes mic;

    @Setup
    public void setUp() {
        nwkSKey = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
        appSKey = AesKey.parse("3C4FCF098815F7ABA6D2AE2816157E2B");
        devAddr = DevAddr.parse("26011BDA");
        fCnt = 0x1_0007L;
        Bytes plain = Bytes.fromHex("0102030405060708090A0B0C0D0E0F1011121314");
        frmPayload = PayloadCipher.encrypt(appSKey, Direction.UPLINK, devAddr, fCnt, plain);
        // MHDR 40 (unconfirmed up) | DevAddr DA1B0126 | FCtrl 80 (ADR) | FCnt 0700 | FPort 01 | FRMPayload
        msg = Bytes.fromHex("40DA1B0126800700" + "01").concat(frmPayload);
        mic = Mic.dataUplink10(nwkSKey, devAddr, fCnt, msg);
    }

    /// {@return the decrypted payload}, or an empty one when the MIC does not match
    @Benchmark
    public Bytes micCheckAndDecrypt() {
        if (!Mic.dataUplink10(nwkSKey, devAddr, fCnt, msg).constantTimeEquals(mic)) {
            return Bytes.EMPTY;
        }
        return PayloadCipher.decrypt(appSKey, Direction.UPLINK, devAddr, fCnt, frmPayload);
    }

    @Benchmark
    public Bytes micOnly() {
        return Mic.dataUplink10(nwkSKey, devAddr, fCnt, msg);
    }

    @Benchmark
    public Bytes decryptOnly() {
        return PayloadCipher.decrypt(appSKey, Direction.UPLINK, devAddr, fCnt, frmPayload);
    }
}
