// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// Work done inside one transaction.
@FunctionalInterface
public interface TxConsumer {
    void accept(Tx tx);
}
