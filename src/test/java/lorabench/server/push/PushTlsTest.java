// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Push TLS settings from PEM: the key forms a client certificate may come with, and the errors of bad settings,
/// which never repeat the key.
class PushTlsTest {
    static TestCertificates.Issued ca;
    static TestCertificates.Issued client;
    static TestCertificates.Issued other;

    @BeforeAll
    static void pki() throws Exception {
        ca = TestCertificates.ca("CN=Test CA");
        client = TestCertificates.client(ca, "CN=app-client");
        other = TestCertificates.client(ca, "CN=someone-else");
    }

    static ObjectNode tls(String cert, String key, String passphrase) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (cert != null) {
            o.put("cert", cert);
        }
        if (key != null) {
            o.put("key", key);
        }
        if (passphrase != null) {
            o.put("passphrase", passphrase);
        }
        return o;
    }

    @Test
    void readsPkcs8Pkcs1EncryptedPkcs8AndTrust() throws Exception {
        assertEquals(Optional.empty(), PushTls.problem(tls(client.certPem(), client.keyPem(), null)));
        assertEquals(Optional.empty(), PushTls.problem(tls(client.certPem(), client.pkcs1KeyPem(), null)));
        assertEquals(Optional.empty(), PushTls.problem(tls(client.certPem() + ca.certPem(),
                client.encryptedKeyPem("s3cret"), "s3cret")), "a chain and an encrypted PKCS#8 key");
        assertEquals(Optional.empty(), PushTls.problem(tls(null, null, null).put("trust", ca.certPem())),
                "trust alone");
        assertTrue(PushTls.present(JsonNodeFactory.instance.objectNode().set("tls", tls(null, null, null)
                .put("trust", ca.certPem()))));
        assertFalse(PushTls.present(JsonNodeFactory.instance.objectNode().put("type", "basic")));
    }

    @Test
    void badSettingsAreExplainedWithoutTheKey() throws Exception {
        String encrypted = client.encryptedKeyPem("s3cret");
        String body = encrypted.lines().skip(1).findFirst().orElseThrow();
        String noPass = PushTls.problem(tls(client.certPem(), encrypted, null)).orElseThrow();
        assertEquals("the client key is encrypted: a passphrase is needed", noPass);
        String wrong = PushTls.problem(tls(client.certPem(), encrypted, "wrong")).orElseThrow();
        assertTrue(wrong.startsWith("cannot decrypt the client key"), wrong);
        assertEquals("the client key does not belong to the client certificate",
                PushTls.problem(tls(client.certPem(), other.keyPem(), null)).orElseThrow());
        assertEquals("a client certificate needs both the certificate and its private key",
                PushTls.problem(tls(client.certPem(), null, null)).orElseThrow());
        assertEquals("the client certificate holds no PEM CERTIFICATE block",
                PushTls.problem(tls("not a pem", client.keyPem(), null)).orElseThrow());
        String garbled = PushTls.problem(tls(client.certPem(), "-----BEGIN PRIVATE KEY-----\nAAAA\n"
                + "-----END PRIVATE KEY-----", null)).orElseThrow();
        assertEquals("the client key is not a readable RSA, EC or EdDSA private key", garbled);
        String legacy = PushTls.problem(tls(client.certPem(), "-----BEGIN RSA PRIVATE KEY-----\n"
                + "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----", null))
                .orElseThrow();
        assertTrue(legacy.contains("legacy PEM encryption"), legacy);
        for (String m : new String[] {noPass, wrong, garbled, legacy}) {
            assertFalse(m.contains(body), "no key material in messages");
        }
    }
}
