// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.util.function.Function;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.Hex;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.MacVersion;
import lorabench.lorawan.types.NetId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// picocli converters from option text to the value types: parsing happens at the edge, and a bad value becomes
/// picocli's one-line "Invalid value for option '--x': reason" (exit 2).
final class Converters {
    private Converters() {}

    private static <T> T convert(String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class Key implements ITypeConverter<AesKey> {
        @Override
        public AesKey convert(String text) {
            return Converters.convert(text, AesKey::parse);
        }
    }

    static final class HexBytes implements ITypeConverter<Bytes> {
        @Override
        public Bytes convert(String text) {
            return Converters.convert(text, Bytes::fromHex);
        }
    }

    static final class Eui implements ITypeConverter<Eui64> {
        @Override
        public Eui64 convert(String text) {
            return Converters.convert(text, Eui64::parse);
        }
    }

    static final class Addr implements ITypeConverter<DevAddr> {
        @Override
        public DevAddr convert(String text) {
            return Converters.convert(text, DevAddr::parse);
        }
    }

    static final class Nonce implements ITypeConverter<DevNonce> {
        @Override
        public DevNonce convert(String text) {
            return Converters.convert(text, DevNonce::parse);
        }
    }

    static final class JsNonce implements ITypeConverter<JoinNonce> {
        @Override
        public JoinNonce convert(String text) {
            return Converters.convert(text, JoinNonce::parse);
        }
    }

    static final class Net implements ITypeConverter<NetId> {
        @Override
        public NetId convert(String text) {
            return Converters.convert(text, NetId::parse);
        }
    }

    /// One byte written as two hex digits (JoinReqType `FF`, `00`..`02`).
    static final class HexByte implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return Converters.convert(text, t -> {
                byte[] b = Hex.parse(t);
                if (b.length != 1) {
                    throw new IllegalArgumentException("expected one byte as 2 hex digits (e.g. FF), got '" + t + "'");
                }
                return b[0] & 0xFF;
            });
        }
    }

    /// `1.0` or `1.1` (the crypto differs only between these two; 1.0.x revisions share it).
    static final class Version implements ITypeConverter<MacVersion> {
        @Override
        public MacVersion convert(String text) {
            return switch (text.strip()) {
                case "1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4" -> MacVersion.V1_0_4;
                case "1.1", "1.1.0" -> MacVersion.V1_1;
                default -> throw new TypeConversionException("expected 1.0 or 1.1, got '" + text + "'");
            };
        }
    }

    /// A 32-bit unsigned counter in decimal.
    static final class Counter implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return Converters.convert(text, t -> {
                long v;
                try {
                    v = Long.parseLong(t.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + t + "' is not a decimal number", e);
                }
                if (v < 0 || v > 0xFFFF_FFFFL) {
                    throw new IllegalArgumentException(v + " is outside the 32-bit range 0..4294967295");
                }
                return v;
            });
        }
    }
}
