// SPDX-License-Identifier: Apache-2.0
package lorabench.server.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.PasswordHasher;

/// The administrator account (DESIGN.md): on first start the server creates the account `admin` with a generated
/// password, keeps it in `<data>/credentials.json` readable by its owner only, and the caller prints it once;
/// `--admin-password PW` sets the password instead (for scripts), creating the account when needed.
///
/// `credentials.json` is `{"username": "admin", "password": "..."}`. The store keeps only the PBKDF2 hash.
public final class Credentials {
    public static final String ADMIN = "admin";
    public static final String FILE_NAME = "credentials.json";
    /// Generated passwords: 20 characters from 62 letters and digits, about 119 bits.
    static final int GENERATED_LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final RandomGenerator random;

    public Credentials(Database db) {
        this(new AccountRepository(db), new PasswordHasher(), new SecureRandom());
    }

    /// With a chosen hasher (tests use few iterations) and password source.
    public Credentials(AccountRepository accounts, PasswordHasher hasher, RandomGenerator random) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.random = random;
    }

    /// Makes sure the administrator exists. With `password` given, sets it (creating the account when missing) and
    /// writes `credentials.json`; without, creates the account with a generated password when missing, and
    /// otherwise leaves it as it is. {@return the account and how its password came about}
    public AdminAccount ensureAdmin(Path dataDir, Optional<String> password) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<Account> existing = accounts.findByUsername(ADMIN);
        if (password.isPresent()) {
            if (password.get().isEmpty()) {
                throw new IllegalArgumentException("the admin password must not be empty");
            }
            String hash = hasher.hash(password.get().toCharArray());
            if (existing.isPresent()) {
                accounts.update(existing.get().withPasswordHash(hash));
            } else {
                accounts.insert(Account.newUser(ADMIN, hash).withRights(java.util.Map.of("is_admin", true)));
            }
            writeFile(file, password.get());
            return new AdminAccount(ADMIN, password, AdminAccount.Origin.GIVEN);
        }
        if (existing.isPresent()) {
            return new AdminAccount(ADMIN, readPassword(file), AdminAccount.Origin.EXISTING);
        }
        String generated = generate();
        accounts.insert(Account.newUser(ADMIN, hasher.hash(generated.toCharArray()))
                .withRights(java.util.Map.of("is_admin", true)));
        writeFile(file, generated);
        return new AdminAccount(ADMIN, Optional.of(generated), AdminAccount.Origin.GENERATED);
    }

    /// {@return a new random password} of [#GENERATED_LENGTH] letters and digits
    String generate() {
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void writeFile(Path file, String password) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("username", ADMIN).put("password", password);
        OwnerOnlyFiles.write(file, (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /// {@return the password kept in `file`}, empty when the file is missing or unreadable
    private static Optional<String> readPassword(Path file) {
        try {
            JsonNode n = JSON.readTree(Files.readString(file));
            return n.path("username").asText().equals(ADMIN) && n.path("password").isTextual()
                    ? Optional.of(n.path("password").asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
