// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.Datagram.PullAck;
import lorabench.packetforwarder.Datagram.PullData;
import lorabench.packetforwarder.Datagram.PullResp;
import lorabench.packetforwarder.Datagram.PushAck;
import lorabench.packetforwarder.Datagram.PushData;
import lorabench.packetforwarder.Datagram.TxAck;

/// The records of `vectors/packetforwarder-datagrams.csv`, by vector name.
final class ExpectedDatagrams {
    private static final Eui64 GW = Eui64.parse("AA555A0000000101");
    private static final Eui64 PI = Eui64.parse("B827EBFFFE123456");
    private static final Datr.LoRa SF7 = new Datr.LoRa(7, 125);
    private static final Datr.LoRa SF9 = new Datr.LoRa(9, 125);
    private static final Bytes TEST_PACKET = Bytes.fromHex("544553545F5041434B45545F31323334");
    private static final Bytes TXPK_EXAMPLE =
            Bytes.fromHex("1F73F73768BDA9CE32B7BACAEE576AA1E0952460726F33D8E61D4377B3FBA7CB");
    private static final Bytes JOIN_REQUEST = Bytes.fromHex("0001000000000000000200000000000000030001 7A2A2E".replace(" ", ""));
    private static final Stat PROTOCOL_STAT = new Stat(Optional.of(Instant.parse("2014-01-12T08:59:28Z")),
            OptionalDouble.of(46.24), OptionalDouble.of(3.2523), OptionalInt.of(145), 2, 2, 2, 100.0, 2, 2);

    private ExpectedDatagrams() {}

    static final Map<String, Datagram> BY_NAME = Map.ofEntries(
            entry("protocol-rxpk-example", new PushData(0xA1B2, GW, List.of(
                    new Rxpk(time("2013-03-31T16:21:17.528002Z"), OptionalLong.empty(), 3512348611L, 866_349_812L, 2,
                            0, CrcStatus.OK, SF7, Optional.of(CodingRate.CR_4_6), -35, OptionalDouble.of(5.1),
                            Bytes.fromHex("F834B808668309D1BEE3C78934CDD56A2FB30E9B11EF53E7F423C0F6E08E37CE"), List.of()),
                    new Rxpk(time("2013-03-31T16:21:17.530974Z"), OptionalLong.empty(), 3512348514L, 869_100_000L, 9,
                            1, CrcStatus.OK, new Datr.Fsk(50000), Optional.empty(), -75, OptionalDouble.empty(),
                            TEST_PACKET, List.of()),
                    new Rxpk(time("2013-03-31T16:21:17.532038Z"), OptionalLong.empty(), 3316387610L, 863_009_810L, 0,
                            0, CrcStatus.OK, new Datr.LoRa(10, 125), Optional.of(CodingRate.CR_4_7), -38,
                            OptionalDouble.of(5.5),
                            Bytes.fromHex("CAC811978E76C4D2DEA7D4B5353220DA5A26283C54827DC327B0C4F9BD3402CB"), List.of())),
                    Optional.empty())),
            entry("protocol-stat-example", new PushData(0x0001, GW, List.of(), Optional.of(PROTOCOL_STAT))),
            entry("protocol-txpk-lora-example", new PullResp(0x1234, new Txpk(true, OptionalLong.empty(),
                    OptionalLong.empty(), 864_123_456L, 0, 14, new Datr.LoRa(11, 125), Optional.of(CodingRate.CR_4_6),
                    OptionalInt.empty(), false, OptionalInt.empty(), TXPK_EXAMPLE, false))),
            entry("protocol-txpk-fsk-example", new PullResp(0x1235, new Txpk(true, OptionalLong.empty(),
                    OptionalLong.empty(), 861_300_000L, 0, 12, new Datr.Fsk(50000), Optional.empty(),
                    OptionalInt.of(3000), false, OptionalInt.empty(), TXPK_EXAMPLE, false))),
            entry("protocol-txack-example", txAck(0x1234, GW, TxAckError.of(TxAckError.Code.COLLISION_PACKET))),
            entry("sx1302-rxpk-rsig-example", new PushData(0x0002, GW, List.of(new Rxpk(
                    time("2013-03-31T16:21:17.530974Z"), OptionalLong.empty(), 3512348514L, 869_100_000L, 0, 0,
                    CrcStatus.OK, SF7, Optional.of(CodingRate.CR_4_5), -89, OptionalDouble.of(-2.8), TEST_PACKET,
                    List.of(new Rsig(0, 9, -90, OptionalInt.of(-90), OptionalInt.of(0), OptionalDouble.of(-3),
                                    OptionalLong.of(123456), OptionalInt.of(-7089), OptionalInt.of(0), Optional.empty()),
                            new Rsig(1, 9, -89, OptionalInt.of(-90), OptionalInt.of(0), OptionalDouble.of(-2.8),
                                    OptionalLong.of(123489), OptionalInt.of(-7089), OptionalInt.of(0),
                                    Optional.empty())))),
                    Optional.empty())),
            entry("sx1302-stat-example", new PushData(0x0003, GW, List.of(), Optional.of(PROTOCOL_STAT))),
            entry("chirpstack-push-data-empty",
                    new PushData(0x7B00, Eui64.parse("0102030405060708"), List.of(), Optional.empty())),
            entry("chirpstack-txack-zero", new TxAck(0, new Eui64(0), Optional.empty())),
            entry("chirpstack-txack-no-body", new TxAck(0x7B00, Eui64.parse("0807060504030201"), Optional.empty())),
            entry("chirpstack-txack-ibts-nul", new TxAck(0x7B00, Eui64.parse("0807060504030201"), Optional.empty())),
            entry("chirpstack-txack-collision-beacon",
                    txAck(0x7B00, new Eui64(0), TxAckError.of(TxAckError.Code.COLLISION_BEACON))),
            entry("chirpstack-v4-txack-too-late",
                    txAck(123, Eui64.parse("0102030405060708"), TxAckError.of(TxAckError.Code.TOO_LATE))),
            entry("sx1302-txack-warn-tx-power", txAck(0xABCD, GW, TxAckError.warning("TX_POWER", OptionalInt.of(14)))),
            entry("txack-unknown-error", txAck(0xABCE, GW, TxAckError.parse("QUEUE_FULL"))),
            entry("push-ack", new PushAck(0xABCD)),
            entry("pull-data", new PullData(0x1234, Eui64.parse("00800000A0000001"))),
            entry("pull-ack", new PullAck(0x1234)),
            entry("v1-pull-data", new PullData(0xFFFF, Eui64.parse("00800000A0000001"))),
            entry("v1-push-ack", new PushAck(0x0001)),
            entry("pktfwd-join-request", new PushData(0xF00D, PI, List.of(joinRequest(List.of())), Optional.empty())),
            entry("canonical-push-data", new PushData(0xBEEF, PI,
                    List.of(joinRequest(List.of(new Rsig(0, 5, -104, OptionalInt.empty(), OptionalInt.empty(),
                            OptionalDouble.of(-2.5), OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(),
                            Optional.of(Bytes.fromHex("02030405")))))),
                    Optional.of(new Stat(Optional.of(Instant.parse("2026-11-22T03:10:11Z")), OptionalDouble.of(46.24),
                            OptionalDouble.of(3.2523), OptionalInt.of(145), 2, 2, 2, 100.0, 2, 2)))),
            entry("canonical-pull-resp-class-a", new PullResp(0xBEF0,
                    Txpk.loRaAt(1933462587L, 867_500_000L, 14, SF9, CodingRate.CR_4_5, Bytes.fromHex("01020304")))),
            entry("canonical-pull-resp-fsk-gps", new PullResp(0xBEF1, new Txpk(false, OptionalLong.empty(),
                    OptionalLong.of(1447816230000L), 868_800_000L, 1, -3, new Datr.Fsk(50000), Optional.empty(),
                    OptionalInt.of(25000), false, OptionalInt.of(5), Bytes.EMPTY, true))));

    private static Rxpk joinRequest(List<Rsig> rsig) {
        return new Rxpk(time("2026-11-22T03:10:11.123456Z"), OptionalLong.of(1447816229123L), 1928462587L,
                867_500_000L, 5, 1, CrcStatus.OK, SF9, Optional.of(CodingRate.CR_4_5), -104, OptionalDouble.of(-2.5),
                JOIN_REQUEST, rsig);
    }

    private static Optional<Instant> time(String iso) {
        return Optional.of(Instant.parse(iso));
    }

    private static TxAck txAck(int token, Eui64 gateway, TxAckError error) {
        return new TxAck(token, gateway, Optional.of(error));
    }
}
