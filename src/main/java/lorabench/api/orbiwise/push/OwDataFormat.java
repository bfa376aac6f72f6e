// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;

/// The push `data_format` (seed §Message body, OW-J-05): how binary payloads are written. `decoded_json` replaces
/// an uplink body by its `decoded` object; for other topics it writes base64 (AMB-OW-65).
public enum OwDataFormat {
    BASE64("base64"), HEX("hex"), DECODED_JSON("decoded_json");

    private final String wireName;

    OwDataFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<OwDataFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    /// {@return `data` as this format writes binary} (standard base64 with padding, RFC 4648; or upper-case hex, OW-A-07)
    public String write(Bytes data) {
        return this == HEX ? data.toHex()
                : Base64.getEncoder().encodeToString(data.toArray());
    }
}
