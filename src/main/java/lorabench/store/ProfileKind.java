// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// The kinds of profile documents a network server keeps (OrbiWAN names all of them; ChirpStack has the first two).
public enum ProfileKind { DEVICE, SERVICE, CONNECTIVITY, ROAMING, QOS, CHANNEL_PLAN }
