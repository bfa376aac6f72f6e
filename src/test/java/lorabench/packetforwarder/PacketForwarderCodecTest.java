// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.MalformedDatagramException.Reason;
import lorabench.packetforwarder.PacketForwarderVectors.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PacketForwarderCodecTest {

    static List<Vector> datagrams() {
        return PacketForwarderVectors.read("/vectors/packetforwarder-datagrams.csv");
    }

    static List<Vector> malformed() {
        return PacketForwarderVectors.read("/vectors/packetforwarder-malformed.csv");
    }

    @Test
    void everyVectorHasItsExpectedRecord() {
        var names = datagrams().stream().map(Vector::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ExpectedDatagrams.BY_NAME.keySet()), names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void decodesVector(Vector v) throws MalformedDatagramException {
        Datagram expected = ExpectedDatagrams.BY_NAME.get(v.name());
        assertEquals(expected, PacketForwarderCodec.decode(v.datagram(), v.datagram().length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void encodesVector(Vector v) throws MalformedDatagramException {
        Datagram expected = ExpectedDatagrams.BY_NAME.get(v.name());
        ProtocolVersion version = PacketForwarderCodec.versionOf(v.datagram());
        byte[] encoded = PacketForwarderCodec.encode(expected, version);
        if (v.column2().equals("yes")) {
            assertEquals(text(v.datagram()), text(encoded));
            assertArrayEquals(v.datagram(), encoded);
        }
        assertEquals(expected, PacketForwarderCodec.decode(encoded, encoded.length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsMalformedVector(Vector v) {
        var e = assertThrows(MalformedDatagramException.class,
                () -> PacketForwarderCodec.decode(v.datagram(), v.datagram().length));
        assertEquals(Reason.valueOf(v.column2()), e.reason(), e.getMessage());
        assertFalse(e.detail().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void everyTruncationDecodesOrIsMalformed(Vector v) {
        byte[] d = v.datagram();
        DatagramType type = DatagramType.fromCode(d[3]);
        for (int len = 0; len < d.length; len++) {
            try {
                Datagram got = PacketForwarderCodec.decode(d, len);
                if (len < type.headerLength()) {
                    fail("decoded a " + len + "-byte prefix: " + got);
                }
                boolean hasJsonBody = d.length > type.headerLength() && d[type.headerLength()] == '{';
                if (hasJsonBody && len > type.headerLength() && type != DatagramType.PUSH_ACK) {
                    fail("decoded a " + len + "-byte prefix with cut JSON: " + got);
                }
            } catch (MalformedDatagramException e) {
                if (len < type.headerLength()) {
                    assertEquals(Reason.TRUNCATED_HEADER, e.reason());
                }
            } catch (RuntimeException e) {
                fail("prefix of " + len + " bytes threw " + e, e);
            }
        }
    }

    @Test
    void decodesOnlyTheGivenLength() throws MalformedDatagramException {
        byte[] d = Arrays.copyOf(PacketForwarderCodec.encode(new Datagram.PullAck(7)), 100);
        Arrays.fill(d, 4, 100, (byte) 'x');
        assertEquals(new Datagram.PullAck(7), PacketForwarderCodec.decode(d, 4));
    }

    @Test
    void readsTheTokenBigEndianAsTheSemtechForwarderWritesIt() throws MalformedDatagramException {
        byte[] d = {2, 0x12, 0x34, 1};
        assertEquals(0x1234, PacketForwarderCodec.decode(d, 4).token());
        assertArrayEquals(d, PacketForwarderCodec.encode(new Datagram.PushAck(0x1234)));
    }

    @Test
    void writesVersionOneWhenAsked() {
        byte[] d = PacketForwarderCodec.encode(new Datagram.PushAck(1), ProtocolVersion.V1);
        assertEquals(1, d[0]);
    }

    @ParameterizedTest
    @CsvSource({"866.349812, 866349812", "869.1, 869100000", "863.00981, 863009810", "868.100000, 868100000",
            "868, 868000000", "923.3000004, 923300000", "923.3000006, 923300001", "0.000001, 1"})
    void convertsMegahertzToExactHertz(String mhz, long hz) {
        assertEquals(hz, WireFormats.mhzToHz(new BigDecimal(mhz)));
    }

    @ParameterizedTest
    @CsvSource({"868100000, 868.100000", "866349812, 866.349812", "1, 0.000001", "2400000000, 2400.000000"})
    void writesHertzAsMegahertzWithSixDecimals(long hz, String mhz) {
        assertEquals(mhz, WireFormats.hzToMhz(hz).toPlainString());
    }

    @ParameterizedTest
    @CsvSource({"AQID, 010203", "AQI, 0102", "AQ==, 01", "AQ, 01", "-_8=, FBFF", "+/8=, FBFF", "-_-_, FBFFBF", "'', ''"})
    void decodesBase64Leniently(String text, String hex) {
        assertEquals(Bytes.fromHex(hex), WireFormats.decodeBase64(text));
    }

    @ParameterizedTest
    @CsvSource({"2014-01-12 08:59:28 GMT", "2014-01-12 08:59:28 UTC", "2014-01-12 08:59:28", "2014-01-12T08:59:28Z"})
    void readsTheStatTimeFormats(String text) {
        assertEquals(Instant.parse("2014-01-12T08:59:28Z"), WireFormats.parseExpandedTime(text));
    }

    @ParameterizedTest
    @CsvSource({"2013-03-31T16:21:17.528002Z", "2013-03-31T16:21:17Z", "2013-03-31T16:21:17.5Z",
            "2013-03-31T16:21:17.123456789Z", "2024-02-29T23:59:59.999999Z", "1980-01-06T00:00:00Z",
            "2013-03-31T18:21:17.528002+02:00", "+12345-01-01T00:00:00Z"})
    void readsCompactTimesAsInstantParseDoes(String text) {
        assertEquals(Instant.parse(text), WireFormats.parseCompactTime(text));
    }

    @ParameterizedTest
    @CsvSource({"2013-02-29T16:21:17Z", "2013-13-01T16:21:17Z",
            "2013-03-31T16:21:17.12a4Z", "2013-03-31 16:21:17Z", "2013-3-31T16:21:17Z", "2013-03-31T16:21:17.1234567890Z"})
    void rejectsInvalidCompactTimes(String text) {
        assertThrows(java.time.DateTimeException.class, () -> WireFormats.parseCompactTime(text));
    }

    @Test
    void writesBothTimeFormats() {
        Instant t = Instant.parse("2013-03-31T16:21:17.528002Z");
        assertEquals("2013-03-31T16:21:17.528002Z", WireFormats.formatCompactTime(t));
        assertEquals("2013-03-31T16:21:17.000000Z", WireFormats.formatCompactTime(Instant.parse("2013-03-31T16:21:17Z")));
        assertEquals("2013-03-31 16:21:17 GMT", WireFormats.formatExpandedTime(t));
    }

    @Test
    void truncatesTimesToTheWirePrecision() {
        Rxpk r = Rxpk.loRa(1, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -50, 7, Bytes.EMPTY);
        Rxpk timed = new Rxpk(Optional.of(Instant.parse("2020-01-01T00:00:00.123456789Z")), r.tmms(), r.tmst(),
                r.frequency(), r.chan(), r.rfch(), r.stat(), r.datr(), r.codr(), r.rssi(), r.lsnr(), r.data(), r.rsig());
        assertEquals(Optional.of(Instant.parse("2020-01-01T00:00:00.123456Z")), timed.time());
    }

    @Test
    void parsesLoRaDataRates() {
        assertEquals(new Datr.LoRa(12, 500), Datr.LoRa.parse("SF12BW500"));
        assertEquals("SF7BW125", new Datr.LoRa(7, 125).toString());
        for (String bad : List.of("", "SF", "SFBW125", "SF7BW", "SF7", "sf7bw125", "SF7BW125x", "SF-7BW125", "SF13BW125",
                "SF7BW0", "SF99999999999BW125", "SF7BW99999999999")) {
            assertThrows(IllegalArgumentException.class, () -> Datr.LoRa.parse(bad), bad);
        }
    }

    @Test
    void keepsUnknownTxAckErrorStrings() {
        TxAckError e = TxAckError.parse("QUEUE_FULL");
        assertEquals(TxAckError.Code.UNKNOWN, e.code());
        assertEquals("QUEUE_FULL", e.text());
        assertFalse(e.accepted());
        assertEquals(TxAckError.Code.TOO_LATE, TxAckError.parse("TOO_LATE").code());
        assertTrue(TxAckError.parse("NONE").accepted());
        assertTrue(TxAckError.warning("TX_POWER", OptionalInt.of(14)).accepted());
        assertThrows(IllegalArgumentException.class,
                () -> new TxAckError(TxAckError.Code.UNKNOWN, "TOO_LATE", false, OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new TxAckError(TxAckError.Code.TOO_LATE, "LATE", false, OptionalInt.empty()));
    }

    @Test
    void txAckWithoutBodyIsAccepted() {
        assertTrue(new Datagram.TxAck(1, new Eui64(1), Optional.empty()).accepted());
        assertFalse(new Datagram.TxAck(1, new Eui64(1),
                Optional.of(TxAckError.of(TxAckError.Code.TOO_LATE))).accepted());
    }

    @Test
    void recordsRejectValuesOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> new Datagram.PushAck(0x10000));
        assertThrows(IllegalArgumentException.class, () -> new Datagram.PushAck(-1));
        assertThrows(IllegalArgumentException.class, () -> Txpk.loRaAt(1L << 32, 868_100_000, 14,
                new Datr.LoRa(7, 125), CodingRate.CR_4_5, Bytes.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> Rxpk.loRa(0, 868_100_000, 0, new Datr.LoRa(7, 125),
                CodingRate.CR_4_5, -50, 7, Bytes.wrap(new byte[256])));
    }

    @Test
    void ignoresUnknownFieldsOfAnyShape() throws MalformedDatagramException {
        String json = "{\"future\":{\"a\":[1,{\"b\":null}]},\"rxpk\":[{\"brd\":3,\"aesk\":0,\"x\":[[]],\"tmst\":5,"
                + "\"freq\":868.1,\"datr\":\"SF7BW125\",\"rssi\":-50,\"data\":\"\",\"time\":null}],\"stat\":null}";
        byte[] header = {2, 0, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8};
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] d = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, d, header.length, body.length);
        var push = (Datagram.PushData) PacketForwarderCodec.decode(d, d.length);
        assertEquals(1, push.rxpk().size());
        assertEquals(5, push.rxpk().getFirst().tmst());
        assertEquals(CrcStatus.NO_CRC, push.rxpk().getFirst().stat());
        assertEquals(Optional.empty(), push.stat());
    }

    private static String text(byte[] d) {
        return new String(d, StandardCharsets.ISO_8859_1);
    }
}
