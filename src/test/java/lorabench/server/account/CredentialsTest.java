// SPDX-License-Identifier: Apache-2.0
package lorabench.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.PasswordHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    private static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    Path data;
    private Database db;
    private AccountRepository accounts;
    private PasswordHasher hasher;
    private Credentials credentials;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2Memory("cred" + NAMES.incrementAndGet()));
        accounts = new AccountRepository(db);
        hasher = new PasswordHasher(1_000, new SplittableRandom(1));
        credentials = new Credentials(accounts, hasher, new SplittableRandom(7));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void firstStartCreatesAdminWithGeneratedPasswordInOwnerOnlyFile() throws IOException {
        AdminAccount admin = credentials.ensureAdmin(data, Optional.empty());
        assertEquals(AdminAccount.Origin.GENERATED, admin.origin());
        String pw = admin.password().orElseThrow();
        assertEquals(20, pw.length());
        assertTrue(pw.matches("[A-Za-z0-9]{20}"), pw);
        Path file = data.resolve("credentials.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("admin", json.get("username").asText());
        assertEquals(pw, json.get("password").asText());
        assertEquals(2, json.size());
        assertTrue(hasher.verify(pw.toCharArray(), accounts.findByUsername("admin").orElseThrow().passwordHash()));
        assertTrue(accounts.findByUsername("admin").orElseThrow().has("is_admin"));
    }

    @Test
    void adminIsCreatedOnlyOnce() throws IOException {
        AdminAccount first = credentials.ensureAdmin(data, Optional.empty());
        String hash = accounts.findByUsername("admin").orElseThrow().passwordHash();
        AdminAccount second = credentials.ensureAdmin(data, Optional.empty());
        assertEquals(AdminAccount.Origin.EXISTING, second.origin());
        assertEquals(first.password(), second.password(), "read back from credentials.json");
        assertEquals(hash, accounts.findByUsername("admin").orElseThrow().passwordHash(), "password unchanged");
        assertEquals(1, accounts.list(lorabench.store.Page.first(10)).size());
    }

    @Test
    void givenPasswordCreatesOrReplacesIt() throws IOException {
        AdminAccount given = credentials.ensureAdmin(data, Optional.of("s3cret pass"));
        assertEquals(AdminAccount.Origin.GIVEN, given.origin());
        assertTrue(hasher.verify("s3cret pass".toCharArray(),
                accounts.findByUsername("admin").orElseThrow().passwordHash()));
        credentials.ensureAdmin(data, Optional.of("another"));
        String hash = accounts.findByUsername("admin").orElseThrow().passwordHash();
        assertTrue(hasher.verify("another".toCharArray(), hash));
        assertFalse(hasher.verify("s3cret pass".toCharArray(), hash));
        assertTrue(Files.readString(data.resolve("credentials.json")).contains("\"another\""));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("credentials.json"))));
    }

    @Test
    void generatedPasswordsDiffer() {
        assertFalse(credentials.generate().equals(credentials.generate()));
    }
}
