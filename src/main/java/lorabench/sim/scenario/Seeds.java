// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/// Deterministic random streams for scenarios. Streams are labelled children of the scenario seed (the first
/// 8 bytes of `SHA-256(parent ‖ label)`), and each is an `L64X128MixRandom`, whose algorithm the JDK specifies
/// exactly, so the same seed gives the same numbers on every JDK.
public final class Seeds {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");

    private Seeds() {}

    /// {@return the seed of the child stream `label` of `parent`}
    public static long derive(long parent, String label) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(8).putLong(parent).array());
            sha.update(label.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a mandatory JDK algorithm", e);
        }
    }

    /// {@return a new random generator seeded with `seed`}
    public static RandomGenerator random(long seed) {
        return FACTORY.create(seed);
    }
}
