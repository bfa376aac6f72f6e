// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/// Properties of [PacketForwarderCodec]: every record survives encode→decode, and decoding any bytes at all yields
/// a datagram or a [MalformedDatagramException], never another exception.
class PacketForwarderCodecProperties {

    @Property(tries = 400)
    void everyDatagramRoundTrips(@ForAll("datagrams") Datagram d) throws MalformedDatagramException {
        byte[] bytes = PacketForwarderCodec.encode(d);
        assertEquals(d, PacketForwarderCodec.decode(bytes, bytes.length));
        byte[] v1 = PacketForwarderCodec.encode(d, ProtocolVersion.V1);
        assertEquals(d, PacketForwarderCodec.decode(v1, v1.length));
    }

    @Property(tries = 3000)
    void randomBytesAreADatagramOrMalformed(@ForAll @Size(max = 600) byte[] bytes) {
        decodeTotally(bytes, bytes.length);
    }

    @Property(tries = 3000)
    void randomBodiesBehindValidHeadersAreADatagramOrMalformed(
            @ForAll @IntRange(min = 0, max = 5) int type, @ForAll("jsonish") String body) {
        byte[] header = {2, 1, 2, (byte) type, 1, 2, 3, 4, 5, 6, 7, 8};
        int headerLength = DatagramType.fromCode(type).headerLength();
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        byte[] d = Arrays.copyOf(header, headerLength + json.length);
        System.arraycopy(json, 0, d, headerLength, json.length);
        decodeTotally(d, d.length);
    }

    @Property(tries = 3000)
    void mutatedDatagramsAreADatagramOrMalformed(@ForAll("datagrams") Datagram d,
            @ForAll @IntRange(min = 0, max = 100_000) int position, @ForAll byte value,
            @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        byte[] bytes = PacketForwarderCodec.encode(d);
        bytes[position % bytes.length] = value;
        decodeTotally(bytes, cut % (bytes.length + 1));
    }

    private static void decodeTotally(byte[] bytes, int length) {
        try {
            PacketForwarderCodec.decode(bytes, length);
        } catch (MalformedDatagramException expected) {
            // the other permitted outcome
        } catch (RuntimeException | Error e) {
            fail("decode threw " + e + " for " + Bytes.of(bytes, 0, length), e);
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"rxpk\"", "\"stat\"", "\"txpk\"",
                "\"txpk_ack\"", "\"tmst\"", "\"freq\"", "\"datr\"", "\"data\"", "\"size\"", "\"rssi\"", "\"rsig\"",
                "\"time\"", "\"error\"", "\"SF7BW125\"", "\"AQID\"", "\"4/5\"", "1", "-1", "868.1", "1e999", "null",
                "true", "\"\"", "\"x\"", "4294967296", "99999999999999999999999", "\u0000", " ");
        return fragments.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Datagram> datagrams() {
        Arbitrary<Integer> token = Arbitraries.integers().between(0, 0xFFFF);
        Arbitrary<Eui64> eui = Arbitraries.longs().map(Eui64::new);
        Arbitrary<Datagram> push = Combinators.combine(token, eui, rxpk().list().ofMaxSize(4), stat().optional())
                .as(Datagram.PushData::new);
        Arbitrary<Datagram> pushAck = token.map(Datagram.PushAck::new);
        Arbitrary<Datagram> pull = Combinators.combine(token, eui).as(Datagram.PullData::new);
        Arbitrary<Datagram> pullAck = token.map(Datagram.PullAck::new);
        Arbitrary<Datagram> pullResp = Combinators.combine(token, txpk()).as(Datagram.PullResp::new);
        Arbitrary<Datagram> txAck = Combinators.combine(token, eui, txAckError().optional()).as(Datagram.TxAck::new);
        return Arbitraries.oneOf(push, pushAck, pull, pullAck, pullResp, txAck);
    }

    private static Arbitrary<Bytes> payload() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(255).map(Bytes::of);
    }

    private static Arbitrary<Instant> instant() {
        long from = Instant.parse("1980-01-06T00:00:00Z").getEpochSecond() * 1_000_000;
        long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond() * 1_000_000;
        return Arbitraries.longs().between(from, to)
                .map(us -> Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000), Math.floorMod(us, 1_000_000) * 1000L));
    }

    private static Arbitrary<Datr> datr() {
        Arbitrary<Datr> lora = Combinators.combine(Arbitraries.integers().between(5, 12),
                Arbitraries.oneOf(Arbitraries.of(125, 250, 500), Arbitraries.integers().between(1, 1625)))
                .as(Datr.LoRa::new);
        Arbitrary<Datr> fsk = Arbitraries.integers().between(1, 1_000_000).map(Datr.Fsk::new);
        return Arbitraries.oneOf(lora, fsk);
    }

    private static Arbitrary<OptionalLong> optionalLong(long min, long max) {
        return Arbitraries.longs().between(min, max).optional().map(o -> o.map(OptionalLong::of).orElse(OptionalLong.empty()));
    }

    private static Arbitrary<OptionalInt> optionalInt(int min, int max) {
        return Arbitraries.integers().between(min, max).optional().map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    private static Arbitrary<OptionalDouble> optionalDouble(double min, double max) {
        return Arbitraries.doubles().between(min, max).optional()
                .map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }

    private static Arbitrary<Long> frequency() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 10_000_000_000L),
                Arbitraries.longs().between(863_000_000, 928_000_000).map(f -> f / 100_000 * 100_000));
    }

    private static Arbitrary<Rsig> rsig() {
        var head = Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(-255, 255), optionalInt(-255, 255), optionalInt(0, 65535))
                .as(List::<Object>of);
        var tail = Combinators.combine(optionalDouble(-30, 30), optionalLong(0, 999_999_999),
                optionalInt(-1_000_000, 1_000_000), optionalInt(0, 255), payload().optional())
                .as(List::<Object>of);
        return Combinators.combine(head, tail).as((h, t) -> new Rsig((Integer) h.get(0), (Integer) h.get(1),
                (Integer) h.get(2), (OptionalInt) h.get(3), (OptionalInt) h.get(4), (OptionalDouble) t.get(0),
                (OptionalLong) t.get(1), (OptionalInt) t.get(2), (OptionalInt) t.get(3), cast(t.get(4))));
    }

    private static Arbitrary<Rxpk> rxpk() {
        var head = Combinators.combine(instant().optional(), optionalLong(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL), frequency(), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255), Arbitraries.of(CrcStatus.class)).as(List::<Object>of);
        var tail = Combinators.combine(datr(), Arbitraries.of(CodingRate.class).optional(),
                Arbitraries.integers().between(-255, 255), optionalDouble(-1e6, 1e6), payload(),
                rsig().list().ofMaxSize(3)).as(List::<Object>of);
        return Combinators.combine(head, tail).as((h, t) -> new Rxpk(cast(h.get(0)), (OptionalLong) h.get(1),
                (Long) h.get(2), (Long) h.get(3), (Integer) h.get(4), (Integer) h.get(5), (CrcStatus) h.get(6),
                (Datr) t.get(0), cast(t.get(1)), (Integer) t.get(2), (OptionalDouble) t.get(3), (Bytes) t.get(4),
                cast(t.get(5))));
    }

    private static Arbitrary<Stat> stat() {
        var head = Combinators.combine(instant().optional(), optionalDouble(-90, 90), optionalDouble(-180, 180),
                optionalInt(-100_000, 1_000_000), Arbitraries.doubles().between(0, 100)).as(List::<Object>of);
        Arbitrary<Long> counter = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
        var counters = Combinators.combine(counter, counter, counter, counter, counter).as(List::of);
        return Combinators.combine(head, counters).as((h, c) -> new Stat(cast(h.get(0)), (OptionalDouble) h.get(1),
                (OptionalDouble) h.get(2), (OptionalInt) h.get(3), c.get(0), c.get(1), c.get(2), (Double) h.get(4),
                c.get(3), c.get(4)));
    }

    private static Arbitrary<Txpk> txpk() {
        var head = Combinators.combine(Arbitraries.of(true, false), optionalLong(0, 0xFFFF_FFFFL),
                optionalLong(0, Long.MAX_VALUE), frequency(), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(-128, 127), datr()).as(List::<Object>of);
        var tail = Combinators.combine(Arbitraries.of(CodingRate.class).optional(), optionalInt(0, 65535),
                Arbitraries.of(true, false), optionalInt(0, 65535), payload(), Arbitraries.of(true, false))
                .as(List::<Object>of);
        return Combinators.combine(head, tail).as((h, t) -> new Txpk((Boolean) h.get(0), (OptionalLong) h.get(1),
                (OptionalLong) h.get(2), (Long) h.get(3), (Integer) h.get(4), (Integer) h.get(5), (Datr) h.get(6),
                cast(t.get(0)), (OptionalInt) t.get(1), (Boolean) t.get(2), (OptionalInt) t.get(3), (Bytes) t.get(4),
                (Boolean) t.get(5)));
    }

    private static Arbitrary<TxAckError> txAckError() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of(TxAckError.Code.class).filter(c -> c != TxAckError.Code.UNKNOWN).map(Enum::name),
                Arbitraries.strings().ofMaxLength(20));
        return Arbitraries.oneOf(text.map(TxAckError::parse),
                Combinators.combine(text, optionalInt(-1_000_000, 1_000_000)).as(TxAckError::warning),
                Combinators.combine(text, optionalInt(-1000, 1000))
                        .as((s, v) -> new TxAckError(TxAckError.parse(s).code(), s, false, v)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
