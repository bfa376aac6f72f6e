// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// Maximum MACPayload size `m` and maximum application payload (FRMPayload) size `n` in bytes, as in the
/// "Maximum payload size" tables of RP002-1.0.4. `n` is `m` minus the 8 bytes of FHDR (without FOpts) and FPort.
public record MaxPayload(int m, int n) {
    public MaxPayload {
        if (m < 8 || m > 250 || n != m - 8) {
            throw new IllegalArgumentException("bad maximum payload M=" + m + " N=" + n);
        }
    }

    /// {@return the limits for a maximum MACPayload of `m` bytes}
    public static MaxPayload ofM(int m) {
        return new MaxPayload(m, m - 8);
    }
}
