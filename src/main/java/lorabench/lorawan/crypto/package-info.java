// SPDX-License-Identifier: Apache-2.0
/// LoRaWAN cryptography as stateless functions over the typed values of `lorawan.types`: AES-CMAC ([AesCmac]), MICs
/// ([Mic]), FRMPayload and FOpts encryption ([PayloadCipher], [FOptsCipher]), join-accept encryption
/// ([JoinAcceptCipher]), session-key derivation ([SessionKeys]) and 32-bit frame-counter reconstruction
/// ([FCntReconstruction]). [CryptoStep] lists exposes each AES input block and output for teaching.
///
/// Everything is built on the JDK's AES (`AES/ECB/NoPadding`, `AES/CBC/NoPadding`); [KeyedAes] keeps one initialised
/// cipher set per key in a per-thread cache, so the static functions are thread-safe and cost one JCA call per MIC or
/// payload. Keys never appear in `toString()` or logs. The package knows nothing of frames: callers pass the MIC input
/// bytes and the counters, so the frame codec and this package do not depend on each other.
package lorabench.lorawan.crypto;
