// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import org.junit.jupiter.api.Test;

class DecoderServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DecoderService service = new DecoderService();

    /// The seed's example decoder (seed §Payload Decoding function), taken from the EU868 sample profile where it
    /// is stored exactly as the seed prints it.
    static String seedDecoder() throws IOException {
        try (InputStream in = DecoderServiceTest.class.getResourceAsStream(
                "/sample-profiles/device-profiles/EU868-classA-1.0.4.json")) {
            return JSON.readTree(in).path("payload_decoder_js").asText();
        }
    }

    @Test
    void runsTheSeedExampleDecoder() throws IOException {
        Optional<JsonNode> cool = service.decode(seedDecoder(), 1, Bytes.fromHex("C30001"));
        assertEquals(JSON.readTree("{\"temperature\":19.5,\"color\":\"green\",\"open\":true}"), cool.orElseThrow());
        Optional<JsonNode> hot = service.decode(seedDecoder(), 1, Bytes.fromHex("360100"));
        assertEquals(JSON.readTree("{\"temperature\":31,\"color\":\"red\",\"open\":false}"), hot.orElseThrow());
    }

    @Test
    void readsTheSeedExampleModel() throws IOException {
        assertEquals(Map.of("temperature", "number", "color", "string", "open", "boolean"),
                service.model(seedDecoder()));
    }

    @Test
    void passesUplinkAndMetaFieldsAsTheSeedDescribes() throws IOException {
        String source = """
                decoder = function (uplink, meta) {
                  return { json: { port: uplink.fport, devaddr: uplink.devaddr, fcnt: uplink.fcnt,
                    n: uplink.data.length, u16: uplink.data.readUInt16LE(0), i16: uplink.data.readInt16BE(0),
                    u32: uplink.data.readUInt32BE(0), hex: uplink.data.toString("hex"),
                    freq: meta.freq, rssi: meta.rssi, snr: meta.snr, tag: meta.tags["user-tag-1"] } };
                }
                """;
        DecoderInput in = new DecoderInput(Bytes.fromHex("FF01A0B0"), 8, DevAddr.parse("26011BDA"), 2345,
                OptionalDouble.of(868.1), OptionalDouble.of(-102), OptionalDouble.of(10), Map.of("user-tag-1", "v"));
        JsonNode out = assertInstanceOf(DecodeResult.Decoded.class, service.run(source, in)).json();
        assertEquals(JSON.readTree("""
                {"port":8,"devaddr":637606874,"fcnt":2345,"n":4,"u16":511,"i16":-255,"u32":4278296752,
                 "hex":"ff01a0b0","freq":868.1,"rssi":-102,"snr":10,"tag":"v"}"""), out);
    }

    @Test
    void stopsARunawayLoopWithAClearError() {
        DecoderService fast = new DecoderService(DecoderLimits.DEFAULT.withTimeLimit(Duration.ofSeconds(30)),
                System::nanoTime);
        DecodeResult r = fast.run("decoder = function (u, m) { while (true) {} }", DecoderInput.of(1, Bytes.EMPTY));
        DecodeResult.Failed f = assertInstanceOf(DecodeResult.Failed.class, r);
        assertEquals(DecodeResult.Failure.INSTRUCTION_LIMIT, f.failure());
        assertTrue(f.message().contains("instructions"), f.message());
    }

    @Test
    void stopsAtTheDeadlineOnItsClock() {
        AtomicLong now = new AtomicLong();
        DecoderService timed = new DecoderService(DecoderLimits.DEFAULT.withMaxInstructions(Long.MAX_VALUE),
                () -> now.addAndGet(1_000_000));
        DecodeResult r = timed.run("decoder = function (u, m) { for (;;) { try { } catch (e) { } } }",
                DecoderInput.of(1, Bytes.EMPTY));
        DecodeResult.Failed f = assertInstanceOf(DecodeResult.Failed.class, r);
        assertEquals(DecodeResult.Failure.TIMEOUT, f.failure());
        assertTrue(f.message().contains("100 ms"), f.message());
    }

    @Test
    void aDecoderCannotCatchItsOwnTimeout() {
        DecodeResult r = service.run("decoder = function (u, m) { while (true) { try { while (true) {} } "
                + "catch (e) { } } }", DecoderInput.of(1, Bytes.EMPTY));
        assertInstanceOf(DecodeResult.Failed.class, r);
    }

    @Test
    void javaIsNotReachable() {
        for (String expr : new String[] {"java.lang.System.exit(1)", "Packages.java.lang.System.exit(1)",
                "java.lang.Class.forName('java.lang.Runtime')", "importPackage(java.lang)",
                "this.constructor.constructor('return java')().lang.System.exit(1)"}) {
            DecodeResult r = service.run("decoder = function (u, m) { " + expr + "; return { json: {} }; }",
                    DecoderInput.of(1, Bytes.EMPTY));
            DecodeResult.Failed f = assertInstanceOf(DecodeResult.Failed.class, r, expr);
            assertEquals(DecodeResult.Failure.SCRIPT_ERROR, f.failure(), expr);
        }
    }

    @Test
    void typedFailures() {
        DecoderInput in = DecoderInput.of(1, Bytes.fromHex("01"));
        assertFailure(DecodeResult.Failure.COMPILE_ERROR, service.run("decoder = function (", in));
        assertFailure(DecodeResult.Failure.NO_DECODER, service.run("model = {}", in));
        assertFailure(DecodeResult.Failure.SCRIPT_ERROR, service.run("decoder = function () { throw 'x'; }", in));
        assertFailure(DecodeResult.Failure.SCRIPT_ERROR,
                service.run("decoder = function (u) { return { json: { v: u.data.readUInt16LE(0) } }; }", in));
        assertFailure(DecodeResult.Failure.BAD_RESULT, service.run("decoder = function () { return 1; }", in));
        assertFailure(DecodeResult.Failure.BAD_RESULT,
                service.run("decoder = function () { return { temperature: 1 }; }", in));
        assertFailure(DecodeResult.Failure.SCRIPT_ERROR,
                service.run("decoder = function f() { return f(); }", in));
        assertFailure(DecodeResult.Failure.SCRIPT_ERROR,
                service.run("decoder = function () { return { json: { s: 'x'.repeat(1e9) } }; }", in));
        DecoderService small = new DecoderService(DecoderLimits.DEFAULT.withMaxOutputChars(100), System::nanoTime);
        assertFailure(DecodeResult.Failure.OUTPUT_TOO_LARGE, small.run(
                "decoder = function () { var a = []; for (var i = 0; i < 100; i++) a.push(i); "
                        + "return { json: { a: a } }; }", in));
        assertEquals(Optional.empty(), service.decode("decoder = function () { throw 'x'; }", in));
    }

    @Test
    void callsDoNotShareState() {
        String source = "var n = (typeof n === 'number') ? n + 1 : 1; total = (typeof total === 'number') ? total + 1"
                + " : 1; decoder = function () { return { json: { n: n, total: total } }; }";
        DecoderInput in = DecoderInput.of(1, Bytes.EMPTY);
        for (int i = 0; i < 3; i++) {
            DecodeResult r = service.run(source, in);
            JsonNode out = assertInstanceOf(DecodeResult.Decoded.class, r, r.toString()).json();
            assertEquals(1, out.path("n").asInt());
            assertEquals(1, out.path("total").asInt());
        }
    }

    @Test
    void standardObjectsAreSealed() {
        DecoderInput in = DecoderInput.of(1, Bytes.EMPTY);
        for (String attack : new String[] {"Object.prototype.polluted = 1", "Array.prototype.polluted = 1",
                "JSON.stringify = function () { return '{}'; }", "Math.polluted = 1"}) {
            assertFailure(DecodeResult.Failure.SCRIPT_ERROR, service.run(attack
                    + "; decoder = function () { return { json: {} }; }", in));
        }
        DecodeResult later = service.run("decoder = function () { return { json: { p: typeof ({}).polluted } }; }",
                in);
        assertEquals("undefined", assertInstanceOf(DecodeResult.Decoded.class, later).json().path("p").asText());
    }

    private static void assertFailure(DecodeResult.Failure expected, DecodeResult r) {
        DecodeResult.Failed f = assertInstanceOf(DecodeResult.Failed.class, r, r.toString());
        assertEquals(expected, f.failure(), f.message());
    }
}
