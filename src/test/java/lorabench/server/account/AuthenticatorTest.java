// SPDX-License-Identifier: Apache-2.0
package lorabench.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.PasswordHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
    private Database db;
    private AccountRepository accounts;
    private PasswordHasher hasher;
    private Authenticator auth;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2Memory("auth" + NAMES.incrementAndGet()));
        accounts = new AccountRepository(db);
        hasher = new PasswordHasher(1_000, new SplittableRandom(1));
        accounts.insert(Account.newUser("alice", hasher.hash("wonderland".toCharArray())));
        InstantSource clock = () -> now.get();
        auth = new Authenticator(accounts, hasher, clock, Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void acceptsOnlyTheRightPassword() {
        assertEquals("alice", auth.authenticate("alice", "wonderland".toCharArray()).orElseThrow().username());
        assertEquals(Optional.empty(), auth.authenticate("alice", "wonderlan".toCharArray()));
        assertEquals(Optional.empty(), auth.authenticate("bob", "wonderland".toCharArray()));
        assertEquals(Optional.empty(), auth.authenticate("alice", new char[0]));
    }

    @Test
    void remembersSuccessesForTheTtlOnly() {
        auth.authenticate("alice", "wonderland".toCharArray());
        auth.authenticate("alice", "wrong".toCharArray());
        assertEquals(1, auth.cached(), "failures are not cached");
        Account a = accounts.findByUsername("alice").orElseThrow();
        accounts.update(a.withPasswordHash(hasher.hash("changed".toCharArray())));
        assertTrue(auth.authenticate("alice", "wonderland".toCharArray()).isPresent(), "cached within the TTL");
        now.set(now.get().plusSeconds(61));
        assertEquals(Optional.empty(), auth.authenticate("alice", "wonderland".toCharArray()), "expired");
        assertTrue(auth.authenticate("alice", "changed".toCharArray()).isPresent());
    }

    @Test
    void forgetDropsTheCachedCheck() {
        auth.authenticate("alice", "wonderland".toCharArray());
        Account a = accounts.findByUsername("alice").orElseThrow();
        accounts.update(a.withPasswordHash(hasher.hash("changed".toCharArray())));
        auth.forget("alice");
        assertEquals(Optional.empty(), auth.authenticate("alice", "wonderland".toCharArray()));
        assertEquals(0, auth.cached());
    }
}
