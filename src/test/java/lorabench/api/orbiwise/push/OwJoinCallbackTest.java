// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.server.join.ApplicationJoin;
import lorabench.server.push.PushDelivery;
import lorabench.server.push.PushEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// How [OwJoinCallback] reads the application's answer to a `join` callback (seed §Join callback: 200 with
/// `{"join_accept", "nwkskey"}`): only one whole JSON object is a usable answer.
class OwJoinCallbackTest {
    static final Eui64 DEV = Eui64.parse("1234567812345678");
    static final String NWK = "2B7E151628AED2A6ABF7158809CF4F3C";
    static final String ANSWER = "{\"DevEUI\": \"1234567812345678\", \"join_accept\": \"IAECAwQF\", \"nwkskey\": \""
            + NWK + "\"}";

    static PushEngine.Answer ok(String body) {
        PushDelivery d = new PushDelivery(Instant.EPOCH, 1, 2, "join", "POST", "http://app/rest/callback/join",
                OptionalInt.of(200), Duration.ofMillis(5), Optional.empty(), Optional.of(DEV), OptionalLong.empty(),
                1, PushDelivery.Kind.LIVE);
        return new PushEngine.Answer(d, Optional.of(body));
    }

    @Test
    void aWholeObjectJoinsTheDevice() {
        var a = assertInstanceOf(ApplicationJoin.Answer.Accepted.class, OwJoinCallback.read(DEV, ok(ANSWER + "\n")));
        assertEquals(Bytes.fromHex("200102030405"), a.joinAccept());
        assertEquals(AesKey.parse(NWK), a.nwkSKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {" garbage", " {}", "}", ",", " \"x\""})
    void textAfterTheObjectIsNoUsableAnswer(String trailing) {
        var r = assertInstanceOf(ApplicationJoin.Answer.Refused.class, OwJoinCallback.read(DEV, ok(ANSWER + trailing)));
        assertEquals(JoinRejectReason.NO_KEY_SOURCE, r.reason());
        assertTrue(r.detail().contains("without a usable body"), r.detail());
    }
}
