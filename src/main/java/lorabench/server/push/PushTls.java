// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/// The TLS side of a push target: the optional `tls` object of its `auth` JSON,
/// `{"cert": PEM chain, "key": PEM private key, "passphrase": .., "trust": PEM certificates}`.
///
/// `cert` + `key` (+ `passphrase` for an encrypted PKCS#8 key) is the client certificate presented when the
/// application's HTTPS server asks for one (mutual TLS); `trust` replaces the JDK's default trust store with the
/// given CA or self-signed server certificates. Either part may be absent. The server's host name is verified
/// against its certificate as usual. Messages never contain key material.
public final class PushTls {
    private PushTls() {}

    /// Bad TLS settings, described without the material.
    public static final class TlsSettingsException extends Exception {
        TlsSettingsException(String message) {
            super(message);
        }
    }

    /// {@return whether `auth` carries TLS settings}
    public static boolean present(JsonNode auth) {
        return auth.path("tls").isObject() && !auth.path("tls").isEmpty();
    }

    /// Reads and checks `tls` (parses every PEM, decrypts the key, matches it with the certificate).
    /// {@return the problem}, empty when the settings are usable
    public static Optional<String> problem(JsonNode tls) {
        try {
            context(tls);
            return Optional.empty();
        } catch (TlsSettingsException e) {
            return Optional.of(e.getMessage());
        }
    }

    /// {@return whether `key` can be the private half of `pub`}: same algorithm, and for RSA the same modulus
    private static boolean belongs(PrivateKey key, java.security.PublicKey pub) {
        if (!key.getAlgorithm().equals(pub.getAlgorithm())) {
            return false;
        }
        if (key instanceof java.security.interfaces.RSAKey r && pub instanceof java.security.interfaces.RSAKey p) {
            return r.getModulus().equals(p.getModulus());
        }
        return true;
    }

    /// {@return the SSL context `tls` describes}
    /// @throws TlsSettingsException when a PEM cannot be read, the key not decrypted, or the key does not belong to
    ///                              the certificate
    public static SSLContext context(JsonNode tls) throws TlsSettingsException {
        String cert = tls.path("cert").asText("");
        String key = tls.path("key").asText("");
        String trust = tls.path("trust").asText("");
        if (cert.isEmpty() != key.isEmpty()) {
            throw new TlsSettingsException("a client certificate needs both the certificate and its private key");
        }
        try {
            KeyManagerFactory kmf = null;
            if (!cert.isEmpty()) {
                List<X509Certificate> chain = PemMaterial.certificates(cert, "the client certificate");
                Optional<String> pass = tls.hasNonNull("passphrase") ? Optional.of(tls.path("passphrase").asText())
                        : Optional.empty();
                PrivateKey pk = PemMaterial.privateKey(key, pass, "the client key");
                if (!belongs(pk, chain.getFirst().getPublicKey())) {
                    throw new TlsSettingsException("the client key does not belong to the client certificate");
                }
                char[] storePass = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("client", pk, storePass, chain.toArray(X509Certificate[]::new));
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, storePass);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (trust.isEmpty()) {
                tmf.init((KeyStore) null);
            } else {
                KeyStore ts = KeyStore.getInstance("PKCS12");
                ts.load(null, null);
                int i = 0;
                for (X509Certificate c : PemMaterial.certificates(trust, "the trusted certificates")) {
                    ts.setCertificateEntry("trust-" + i++, c);
                }
                tmf.init(ts);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (PemMaterial.PemException e) {
            throw new TlsSettingsException(e.getMessage());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new TlsSettingsException("cannot build the TLS context: " + e.getClass().getSimpleName());
        }
    }
}
