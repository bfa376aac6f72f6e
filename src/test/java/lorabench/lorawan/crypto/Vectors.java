// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;

/// Cell parsing for the `vectors/crypto-*.csv` files: hex cells may contain spaces between fields, empty is empty.
final class Vectors {
    private Vectors() {}

    static Bytes hex(String cell) {
        return cell == null ? Bytes.EMPTY : Bytes.fromHex(cell.replace(" ", ""));
    }

    static AesKey key(String cell) {
        return AesKey.of(hex(cell));
    }
}
