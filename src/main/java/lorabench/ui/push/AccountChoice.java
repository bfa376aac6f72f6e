// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.util.Map;
import java.util.Objects;
import lorabench.store.Account;
import lorabench.store.AccountKind;

/// An account a push target belongs to, as the form's chooser and the tables show it: a user by name, an
/// application sub-account as `owner / application`.
public record AccountChoice(long id, String label) {
    public AccountChoice {
        Objects.requireNonNull(label, "label");
    }

    /// {@return the choice for `account`}, naming its owner from `byId` when it is an application
    public static AccountChoice of(Account account, Map<Long, Account> byId) {
        if (account.kind() == AccountKind.APPLICATION) {
            String owner = account.parentId().map(byId::get).map(Account::username).orElse("?");
            return new AccountChoice(account.id(), owner + " / " + account.username());
        }
        return new AccountChoice(account.id(), account.username());
    }

    @Override
    public String toString() {
        return label;
    }
}
