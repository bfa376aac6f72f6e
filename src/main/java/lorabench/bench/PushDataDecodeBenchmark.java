// SPDX-License-Identifier: Apache-2.0
package lorabench.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import lorabench.packetforwarder.Datagram;
import lorabench.packetforwarder.MalformedDatagramException;
import lorabench.packetforwarder.PacketForwarderCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/// Decoding a typical PUSH_DATA: one LoRa `rxpk` with GPS time and a 23-byte join request, as a Semtech packet
/// forwarder sends it (field order of `lora_pkt_fwd.c`). Run with `java -cp ... org.openjdk.jmh.Main PushDataDecode`.
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PushDataDecodeBenchmark {
    private static final String JSON = "{\"rxpk\":[{\"tmst\":1928462587,\"time\":\"2026-11-22T03:10:11.123456Z\","
            + "\"tmms\":1447816229123,\"chan\":5,\"rfch\":1,\"freq\":867.500000,\"stat\":1,\"modu\":\"LORA\","
            + "\"datr\":\"SF9BW125\",\"codr\":\"4/5\",\"lsnr\":-2.5,\"rssi\":-104,\"size\":23,"
            + "\"data\":\"AAEAAAAAAAAAAgAAAAAAAAADAAF6Ki4=\"}]}";

    private final byte[] datagram = datagram();

    private static byte[] datagram() {
        byte[] header = {2, (byte) 0xF0, 0x0D, 0, (byte) 0xB8, 0x27, (byte) 0xEB, (byte) 0xFF, (byte) 0xFE, 0x12, 0x34,
                0x56};
        byte[] body = JSON.getBytes(StandardCharsets.UTF_8);
        byte[] d = new byte[header.length + body.length];
        System.arraycopy(header, 0, d, 0, header.length);
        System.arraycopy(body, 0, d, header.length, body.length);
        return d;
    }

    @Benchmark
    public Datagram decodePushData() throws MalformedDatagramException {
        return PacketForwarderCodec.decode(datagram, datagram.length);
    }
}
