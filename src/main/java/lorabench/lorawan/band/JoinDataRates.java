// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// US-style join data rates: the DR a join-request uses on a 125 kHz channel and on a 500 kHz channel
/// (US915: DR0 / DR4; AU915: DR2 / DR6, RP002-1.0.4 "Join-request").
public record JoinDataRates(int narrow125kHz, int wide500kHz) {
}
