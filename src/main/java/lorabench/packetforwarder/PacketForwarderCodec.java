// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.Datagram.PullAck;
import lorabench.packetforwarder.Datagram.PullData;
import lorabench.packetforwarder.Datagram.PullResp;
import lorabench.packetforwarder.Datagram.PushAck;
import lorabench.packetforwarder.Datagram.PushData;
import lorabench.packetforwarder.Datagram.TxAck;
import lorabench.packetforwarder.MalformedDatagramException.Reason;

/// Encodes and decodes the datagrams of the Semtech UDP packet-forwarder protocol v2 (`PROTOCOL.TXT`).
///
/// Pure functions over byte arrays: no sockets, no state but one shared, thread-safe Jackson [JsonFactory].
/// JSON is read with Jackson's streaming parser into the records directly, without a tree or data binding.
/// [#decode] is total: any byte string yields a [Datagram] or a [MalformedDatagramException].
public final class PacketForwarderCodec {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PacketForwarderCodec() {}

    /// {@return the datagram in `datagram[0..length)`}
    /// @throws MalformedDatagramException naming the reason when the bytes are not a valid datagram
    /// @throws IndexOutOfBoundsException when `length` is not within `0..datagram.length` (a programming error)
    public static Datagram decode(byte[] datagram, int length) throws MalformedDatagramException {
        java.util.Objects.checkFromIndexSize(0, length, datagram.length);
        if (length < 4) {
            throw new MalformedDatagramException(Reason.TRUNCATED_HEADER,
                    "a datagram has at least 4 bytes, got " + length);
        }
        int version = datagram[0] & 0xFF;
        if (version != 1 && version != 2) {
            throw new MalformedDatagramException(Reason.UNKNOWN_VERSION, "protocol version " + version);
        }
        int id = datagram[3] & 0xFF;
        if (id > 5) {
            throw new MalformedDatagramException(Reason.UNKNOWN_IDENTIFIER, String.format("identifier 0x%02X", id));
        }
        DatagramType type = DatagramType.fromCode(id);
        int header = type.headerLength();
        if (length < header) {
            throw new MalformedDatagramException(Reason.TRUNCATED_HEADER,
                    type + " has a " + header + "-byte header, got " + length + " bytes");
        }
        int token = (datagram[1] & 0xFF) << 8 | datagram[2] & 0xFF;
        Eui64 gateway = type.carriesGatewayEui() ? readEui(datagram) : null;
        int end = length;
        while (end > header && datagram[end - 1] == 0) {
            end--;
        }
        int bodyLength = end - header;
        return switch (type) {
            case PUSH_ACK -> new PushAck(token);
            case PULL_ACK -> new PullAck(token);
            case PULL_DATA -> new PullData(token, gateway);
            case PUSH_DATA -> {
                requireBody(type, bodyLength);
                yield parseBody(datagram, header, bodyLength, p -> pushData(p, token, gateway));
            }
            case PULL_RESP -> {
                requireBody(type, bodyLength);
                yield parseBody(datagram, header, bodyLength, p -> new PullResp(token, pullResp(p)));
            }
            case TX_ACK -> bodyLength == 0
                    ? new TxAck(token, gateway, Optional.empty())
                    : parseBody(datagram, header, bodyLength, p -> new TxAck(token, gateway, txAck(p)));
        };
    }

    /// {@return `datagram` as bytes, protocol version 2}
    public static byte[] encode(Datagram datagram) {
        return encode(datagram, ProtocolVersion.V2);
    }

    /// {@return `datagram` as bytes with the version byte of `version`}
    public static byte[] encode(Datagram datagram, ProtocolVersion version) {
        DatagramType type = datagram.type();
        ByteArrayBuilder out = new ByteArrayBuilder(type == DatagramType.PUSH_DATA ? 512 : 64);
        out.append(version.wire());
        out.append(datagram.token() >>> 8);
        out.append(datagram.token() & 0xFF);
        out.append(type.code());
        try {
            switch (datagram) {
                case PushData d -> {
                    writeEui(out, d.gateway());
                    try (JsonGenerator g = JSON.createGenerator(out)) {
                        JsonBodyWriter.pushData(g, d.rxpk(), d.stat());
                    }
                }
                case PushAck _, PullAck _ -> { }
                case PullData d -> writeEui(out, d.gateway());
                case PullResp d -> {
                    try (JsonGenerator g = JSON.createGenerator(out)) {
                        JsonBodyWriter.pullResp(g, d.txpk());
                    }
                }
                case TxAck d -> {
                    writeEui(out, d.gateway());
                    if (d.error().isPresent()) {
                        try (JsonGenerator g = JSON.createGenerator(out)) {
                            JsonBodyWriter.txAck(g, d.error().get());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /// {@return the protocol version of a datagram that [#decode] accepted}
    /// @throws IllegalArgumentException when byte 0 is not a known version
    public static ProtocolVersion versionOf(byte[] datagram) {
        return ProtocolVersion.fromWire(datagram[0] & 0xFF);
    }

    private static Eui64 readEui(byte[] d) {
        long v = 0;
        for (int i = 4; i < 12; i++) {
            v = v << 8 | d[i] & 0xFF;
        }
        return new Eui64(v);
    }

    private static void writeEui(ByteArrayBuilder out, Eui64 eui) {
        long v = eui.value();
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.append((int) (v >>> shift) & 0xFF);
        }
    }

    private static void requireBody(DatagramType type, int bodyLength) throws MalformedDatagramException {
        if (bodyLength == 0) {
            throw new MalformedDatagramException(Reason.INVALID_JSON, type + " has no JSON body");
        }
    }

    @FunctionalInterface
    private interface BodyParser<T> {
        T parse(JsonParser p) throws IOException, MalformedDatagramException;
    }

    private static <T> T parseBody(byte[] d, int offset, int length, BodyParser<T> body)
            throws MalformedDatagramException {
        try (JsonParser p = JSON.createParser(d, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedDatagramException(Reason.INVALID_JSON, "the body is not a JSON object");
            }
            T result = body.parse(p);
            if (p.nextToken() != null) {
                throw new MalformedDatagramException(Reason.INVALID_JSON, "data after the JSON object");
            }
            return result;
        } catch (IOException e) {
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage() : e.getMessage();
            throw new MalformedDatagramException(Reason.INVALID_JSON, String.valueOf(message));
        } catch (IllegalArgumentException e) {
            throw new MalformedDatagramException(Reason.FIELD_OUT_OF_RANGE, String.valueOf(e.getMessage()));
        }
    }

    private static PushData pushData(JsonParser p, int token, Eui64 gateway)
            throws IOException, MalformedDatagramException {
        List<Rxpk> rxpk = List.of();
        Stat stat = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "rxpk" -> rxpk = UplinkJson.rxpkArray(p);
                case "stat" -> stat = UplinkJson.stat(p);
                default -> p.skipChildren();
            }
        }
        return new PushData(token, gateway, rxpk, Optional.ofNullable(stat));
    }

    private static Txpk pullResp(JsonParser p) throws IOException, MalformedDatagramException {
        Txpk txpk = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("txpk") && p.currentToken() != JsonToken.VALUE_NULL) {
                txpk = DownlinkJson.txpk(p);
            } else {
                p.skipChildren();
            }
        }
        if (txpk == null) {
            throw new MalformedDatagramException(Reason.MISSING_FIELD, "PULL_RESP has no txpk object");
        }
        return txpk;
    }

    private static Optional<TxAckError> txAck(JsonParser p) throws IOException, MalformedDatagramException {
        Optional<TxAckError> error = Optional.empty();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("txpk_ack") && p.currentToken() != JsonToken.VALUE_NULL) {
                error = DownlinkJson.txpkAck(p);
            } else {
                p.skipChildren();
            }
        }
        return error;
    }
}
