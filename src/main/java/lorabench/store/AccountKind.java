// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// A login account: a user, or an application sub-account owned by a user (OrbiWAN's application accounts).
public enum AccountKind { USER, APPLICATION }
