// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Builds a `WHERE` clause from optional filters, keeping the SQL text and its parameters together.
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where add(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    /// Adds `clause` only when `value` is present.
    Where addIf(Optional<?> value, String clause) {
        value.ifPresent(v -> add(clause, v));
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    Object[] params(Object... extra) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(extra));
        return all.toArray();
    }
}
