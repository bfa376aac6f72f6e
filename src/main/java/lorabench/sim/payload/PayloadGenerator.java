// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import lorabench.lorawan.types.Bytes;

/// Makes the application payload (FRMPayload before encryption, LoRaWAN L2 1.0.4 §4.3.3) of a virtual device's
/// next uplink.
///
/// Generators are immutable descriptions shared by every device of a scenario template; everything that differs
/// per device or per uplink comes in the [GeneratorContext]. With the same context (same seed, same time, same
/// counter) a generator returns the same bytes.
public sealed interface PayloadGenerator
        permits FixedHex, Counter, RandomBytes, CayenneLpp, JavaScript, Replay {

    /// {@return the payload of the next uplink}
    /// @throws PayloadGenerationException when a user-supplied generator (JavaScript) fails
    Bytes next(GeneratorContext ctx);
}
