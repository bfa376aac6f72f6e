// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// Default RX2 receive-window parameters (RP002-1.0.4 "Receive windows"), also the Class C window.
public record Rx2(long frequencyHz, int dataRate) {
}
