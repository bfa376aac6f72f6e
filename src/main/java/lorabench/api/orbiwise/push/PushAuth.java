// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import io.javalin.http.Context;
import java.util.Optional;
import lorabench.store.Account;

/// How the `/rest/pushmode/*` routes learn who calls them. [BasicPushAuth] checks HTTP Basic against the stored
/// accounts; the OrbiWAN API's shared authentication (Basic, Bearer tokens, `#app.{id}#{user}` names) can replace
/// it by implementing this interface.
public interface PushAuth {

    /// {@return the calling account}, empty when the request's credentials are missing or wrong (answered 401)
    Optional<Account> authenticate(Context ctx);

    /// {@return the application sub-account `applicationId` of the user `owner`}, empty when it has none
    Optional<Account> application(Account owner, String applicationId);
}
