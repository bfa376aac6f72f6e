// SPDX-License-Identifier: Apache-2.0
package lorabench.server.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.PasswordHasher;

/// Checks a username and password against the stored accounts (PBKDF2-HMAC-SHA256, [PasswordHasher]).
///
/// A PBKDF2 check with 600 000 iterations costs a few hundred milliseconds, which would make every API call slow, so
/// successful checks are remembered for a short time ([#DEFAULT_TTL]): the cache key is an HMAC-SHA256, under a
/// random key made at start-up, of the username and password, so neither is kept in memory and a cache hit needs
/// the exact credentials. Failed checks are never cached (guessing stays expensive), and an unknown username costs
/// a full PBKDF2 check against a dummy hash, so the response time does not tell whether a user exists. After a
/// password change or account deletion, call [#forget(String)] (or wait for the entry to expire).
public final class Authenticator {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Account account, Instant expires) {}

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final InstantSource clock;
    private final Duration ttl;
    private final SecretKeySpec cacheKey;
    private final String dummyHash;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    public Authenticator(Database db) {
        this(new AccountRepository(db), new PasswordHasher(), db.clock(), DEFAULT_TTL);
    }

    public Authenticator(AccountRepository accounts, PasswordHasher hasher, InstantSource clock, Duration ttl) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
        this.ttl = ttl;
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.cacheKey = new SecretKeySpec(k, "HmacSHA256");
        this.dummyHash = hasher.hash("no such account".toCharArray());
    }

    /// {@return the account when `password` is its password}, empty otherwise
    public Optional<Account> authenticate(String username, char[] password) {
        String key = cacheKey(username, password);
        Instant now = clock.instant();
        Entry hit = cache.get(key);
        if (hit != null && now.isBefore(hit.expires())) {
            return Optional.of(hit.account());
        }
        Optional<Account> account = accounts.findByUsername(username);
        boolean ok = hasher.verify(password, account.map(Account::passwordHash).orElse(dummyHash));
        if (!ok || account.isEmpty()) {
            cache.remove(key);
            return Optional.empty();
        }
        if (cache.size() >= MAX_ENTRIES) {
            cache.values().removeIf(e -> !now.isBefore(e.expires()));
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
        }
        cache.put(key, new Entry(account.get(), now.plus(ttl)));
        return account;
    }

    /// Drops the remembered checks of `username`, so its next request is checked against the store again.
    public void forget(String username) {
        cache.values().removeIf(e -> e.account().username().equals(username));
    }

    /// {@return how many successful checks are remembered}
    int cached() {
        return cache.size();
    }

    private String cacheKey(String username, char[] password) {
        ByteBuffer pw = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pwBytes = new byte[pw.remaining()];
        pw.get(pwBytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            byte[] user = username.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(4).putInt(user.length).array());
            mac.update(user);
            mac.update(pwBytes);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java SE runtime", e);
        } finally {
            Arrays.fill(pwBytes, (byte) 0);
        }
    }
}
