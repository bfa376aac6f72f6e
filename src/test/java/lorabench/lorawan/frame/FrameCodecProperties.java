// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class FrameCodecProperties {

    @Property
    void validFramesRoundTrip(@ForAll("frames") PhyPayload frame) throws MalformedFrameException {
        Bytes encoded = FrameCodec.encode(frame);
        assertEquals(frame, FrameCodec.decode(encoded));
        assertEquals(encoded.size(), FrameCodec.layout(frame).stream().mapToInt(FieldSpan::length).sum());
    }

    @Property
    void joinAcceptPlaintextRoundTrips(@ForAll("joinAccepts") JoinAccept ja) throws MalformedFrameException {
        Bytes plain = FrameCodec.encodeJoinAcceptPlaintext(ja);
        assertEquals(ja, FrameCodec.decodeJoinAcceptPlaintext(ja.mHdr(), plain));
        assertEquals(plain.slice(0, plain.size() - 4), FrameCodec.micInput(ja).slice(1, plain.size() - 3));
    }

    @Property(tries = 2000)
    void randomBytesDecodeLosslesslyOrThrowMalformed(@ForAll @Size(max = 300) byte[] raw) {
        Bytes b = Bytes.of(raw);
        decodeOrMalformed(b).ifPresent(frame -> assertEquals(b, FrameCodec.encode(frame)));
    }

    @Property(tries = 500)
    void randomJoinAcceptPlaintextDecodesOrThrowsMalformed(@ForAll @Size(max = 40) byte[] raw) {
        try {
            JoinAccept ja = FrameCodec.decodeJoinAcceptPlaintext(MHdr.of(MType.JOIN_ACCEPT), Bytes.of(raw));
            assertEquals(Bytes.of(raw), FrameCodec.encodeJoinAcceptPlaintext(ja));
        } catch (MalformedFrameException expected) {
            // total: any other exception fails the property
        }
    }

    @Property(tries = 300)
    void everyTruncationDecodesOrThrowsMalformed(@ForAll("frames") PhyPayload frame) {
        Bytes full = FrameCodec.encode(frame);
        for (int n = 0; n <= full.size(); n++) {
            decodeOrMalformed(full.slice(0, n));
        }
    }

    /// Decodes `b`, treating [MalformedFrameException] as an expected outcome; any other exception propagates.
    static Optional<PhyPayload> decodeOrMalformed(Bytes b) {
        try {
            return Optional.of(FrameCodec.decode(b));
        } catch (MalformedFrameException e) {
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<PhyPayload> frames() {
        return Arbitraries.oneOf(joinRequests(), encryptedJoinAccepts(), dataFrames(), rejoins(), proprietaries());
    }

    @Provide
    Arbitrary<JoinAccept> joinAccepts() {
        Arbitrary<Optional<Bytes>> cfList = bytes(16, 16).optional();
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFFFF), Arbitraries.integers().between(0, 0xFFFFFF),
                Arbitraries.integers(), Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                cfList, mic()).as((jn, net, addr, dl, rx, cf, mic) -> new JoinAccept(MHdr.of(MType.JOIN_ACCEPT),
                        new JoinNonce(jn), new NetId(net), new DevAddr(addr), DlSettings.fromByte(dl), rx, cf, mic));
    }

    private Arbitrary<PhyPayload> joinRequests() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), Arbitraries.integers().between(0, 0xFFFF),
                mic()).as((j, d, n, mic) -> new JoinRequest(MHdr.of(MType.JOIN_REQUEST), new Eui64(j), new Eui64(d),
                        new DevNonce(n), mic));
    }

    private Arbitrary<PhyPayload> encryptedJoinAccepts() {
        return Arbitraries.of(16, 32).flatMap(n -> bytes(n, n))
                .map(b -> new EncryptedJoinAccept(MHdr.of(MType.JOIN_ACCEPT), b));
    }

    private Arbitrary<PhyPayload> dataFrames() {
        Arbitrary<MType> types = Arbitraries.of(MType.UNCONFIRMED_DATA_UP, MType.UNCONFIRMED_DATA_DOWN,
                MType.CONFIRMED_DATA_UP, MType.CONFIRMED_DATA_DOWN);
        Arbitrary<Optional<Integer>> port = Arbitraries.integers().between(0, 255).optional();
        return Combinators.combine(types, Arbitraries.integers(), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 0xFFFF), bytes(0, 15), port, bytes(0, 242), mic())
                .as((t, addr, ctrl, fCnt, fOpts, p, payload, mic) -> {
                    var dir = t.direction().orElseThrow();
                    FHdr h = FHdr.of(new DevAddr(addr), FCtrl.fromByte(ctrl, dir), fCnt, fOpts);
                    Optional<FPort> fPort = p.map(FPort::new)
                            .filter(x -> !(x.isMac() && !fOpts.isEmpty()));
                    Bytes body = fPort.isEmpty() ? Bytes.EMPTY
                            : payload.slice(0, Math.min(payload.size(), 242 - fOpts.size()));
                    return (PhyPayload) new DataFrame(MHdr.of(t), h, fPort, body, mic);
                });
    }

    private Arbitrary<PhyPayload> rejoins() {
        Arbitrary<PhyPayload> t02 = Combinators.combine(Arbitraries.of(0, 2), Arbitraries.integers().between(0, 0xFFFFFF),
                Arbitraries.longs(), Arbitraries.integers().between(0, 0xFFFF), mic())
                .as((t, net, dev, c, mic) -> new RejoinRequest.Type0Or2(MHdr.of(MType.REJOIN_REQUEST), t, new NetId(net),
                        new Eui64(dev), c, mic));
        Arbitrary<PhyPayload> t1 = Combinators.combine(Arbitraries.longs(), Arbitraries.longs(),
                Arbitraries.integers().between(0, 0xFFFF), mic())
                .as((j, dev, c, mic) -> new RejoinRequest.Type1(MHdr.of(MType.REJOIN_REQUEST), new Eui64(j),
                        new Eui64(dev), c, mic));
        return Arbitraries.oneOf(t02, t1);
    }

    private Arbitrary<PhyPayload> proprietaries() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), bytes(0, 254))
                .as((major, p) -> new Proprietary(new MHdr(MType.PROPRIETARY, major), p));
    }

    private static Arbitrary<Bytes> mic() {
        return bytes(4, 4);
    }

    private static Arbitrary<Bytes> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::of);
    }
}
