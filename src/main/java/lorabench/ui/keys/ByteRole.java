// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

/// What a run of bytes in an AES or CMAC input block is, for the byte-annotated block view. Each role has its
/// own colour in the legend.
public enum ByteRole {
    /// A constant that selects the key or block type: 0x01..0x06 in derivation blocks, 0x49 in B0/B1.
    PREFIX,
    /// JoinNonce, DevNonce, RJcount: the values that make each join unique.
    NONCE,
    /// NetID, JoinEUI, DevEUI, DevAddr: identities.
    IDENTITY,
    /// FCnt, ConfFCnt: frame counters.
    COUNTER,
    /// Dir, TxDr, TxCh, message length: small parameters.
    PARAMETER,
    /// The message the CMAC covers.
    MESSAGE,
    /// Zero bytes that fill the block.
    PADDING
}
