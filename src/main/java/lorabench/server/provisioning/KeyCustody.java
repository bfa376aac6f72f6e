// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

/// Who may hold a device's application keys, for [DeviceValidator]: the network alone (the import format, the GUI)
/// or possibly the application (OrbiWAN's key schemes "OTAA 1.0.x" without AppKey and "ABP" without AppSKey,
/// decision 0011).
public enum KeyCustody { NETWORK, APPLICATION_MAY_HOLD }
