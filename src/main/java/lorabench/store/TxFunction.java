// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// Work done inside one transaction that returns a result.
@FunctionalInterface
public interface TxFunction<T> {
    T apply(Tx tx);
}
