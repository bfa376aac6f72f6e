// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/// PEM text (RFC 7468) to JCA objects, for push TLS: certificate chains, and private keys as PKCS#8
/// (`PRIVATE KEY`), encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`, with a passphrase) or the traditional OpenSSL forms
/// `RSA PRIVATE KEY` (PKCS#1) and `EC PRIVATE KEY` (SEC 1), unencrypted. Errors are [PemException]s whose message
/// never contains key material.
final class PemMaterial {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS");

    private PemMaterial() {}

    /// A PEM problem, described without the material.
    static final class PemException extends Exception {
        PemException(String message) {
            super(message);
        }
    }

    /// {@return the certificates of `pem`}, in order (leaf first for a chain)
    static List<X509Certificate> certificates(String pem, String field) throws PemException {
        List<X509Certificate> out = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Block b : blocks(pem)) {
                if (b.type().equals("CERTIFICATE")) {
                    out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b.der())));
                }
            }
        } catch (CertificateException e) {
            throw new PemException(field + " holds an unreadable certificate");
        }
        if (out.isEmpty()) {
            throw new PemException(field + " holds no PEM CERTIFICATE block");
        }
        return out;
    }

    /// {@return the private key of `pem`}, decrypted with `passphrase` when it is encrypted PKCS#8
    static PrivateKey privateKey(String pem, Optional<String> passphrase, String field) throws PemException {
        for (Block b : blocks(pem)) {
            switch (b.type()) {
                case "PRIVATE KEY" -> {
                    return pkcs8(b.der(), field);
                }
                case "ENCRYPTED PRIVATE KEY" -> {
                    return pkcs8(decrypt(b.der(), passphrase, field), field);
                }
                case "RSA PRIVATE KEY" -> {
                    return pkcs8(wrap(b, new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption,
                            DERNull.INSTANCE), field), field);
                }
                case "EC PRIVATE KEY" -> {
                    return pkcs8(ec(b, field), field);
                }
                default -> { }
            }
        }
        throw new PemException(field + " holds no PEM private key (PRIVATE KEY, ENCRYPTED PRIVATE KEY,"
                + " RSA PRIVATE KEY or EC PRIVATE KEY)");
    }

    private static PrivateKey pkcs8(byte[] der, String field) throws PemException {
        for (String alg : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not this algorithm: try the next
            }
        }
        throw new PemException(field + " is not a readable RSA, EC or EdDSA private key");
    }

    private static byte[] decrypt(byte[] der, Optional<String> passphrase, String field) throws PemException {
        if (passphrase.isEmpty() || passphrase.get().isEmpty()) {
            throw new PemException(field + " is encrypted: a passphrase is needed");
        }
        char[] pass = passphrase.get().toCharArray();
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            // PBES1 is named by its identifier; PBES2's identifier is generic and its parameters name the scheme
            // (e.g. PBEWithHmacSHA256AndAES_256)
            String alg = info.getAlgName();
            SecretKeyFactory skf;
            try {
                skf = SecretKeyFactory.getInstance(alg);
            } catch (java.security.NoSuchAlgorithmException e) {
                alg = String.valueOf(info.getAlgParameters());
                skf = SecretKeyFactory.getInstance(alg);
            }
            Key key = skf.generateSecret(new PBEKeySpec(pass));
            Cipher c = Cipher.getInstance(alg);
            c.init(Cipher.DECRYPT_MODE, key, info.getAlgParameters());
            return info.getKeySpec(c).getEncoded();
        } catch (IOException e) {
            throw new PemException(field + " is not an encrypted PKCS#8 key");
        } catch (GeneralSecurityException e) {
            throw new PemException("cannot decrypt " + field + " (wrong passphrase or unsupported encryption)");
        } finally {
            java.util.Arrays.fill(pass, '\0');
        }
    }

    private static byte[] wrap(Block b, AlgorithmIdentifier alg, String field) throws PemException {
        refuseLegacyEncryption(b, field);
        try {
            return new PrivateKeyInfo(alg, org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(b.der()))
                    .getEncoded();
        } catch (IOException | RuntimeException e) {
            throw new PemException(field + " is not a readable PKCS#1 RSA key");
        }
    }

    private static byte[] ec(Block b, String field) throws PemException {
        refuseLegacyEncryption(b, field);
        try {
            ECPrivateKey k = ECPrivateKey.getInstance(b.der());
            return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                    k.getParametersObject()), k).getEncoded();
        } catch (IOException | RuntimeException e) {
            throw new PemException(field + " is not a readable SEC 1 EC key");
        }
    }

    private static void refuseLegacyEncryption(Block b, String field) throws PemException {
        if (b.headers().contains("ENCRYPTED")) {
            throw new PemException(field + " uses OpenSSL's legacy PEM encryption; convert it to encrypted PKCS#8"
                    + " (openssl pkcs8 -topk8)");
        }
    }

    private record Block(String type, String headers, byte[] der) {}

    private static List<Block> blocks(String pem) throws PemException {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            String body = m.group(2);
            StringBuilder headers = new StringBuilder();
            StringBuilder base64 = new StringBuilder();
            for (String line : body.split("\\R")) {
                if (line.contains(":")) {
                    headers.append(line).append('\n');
                } else {
                    base64.append(line.strip());
                }
            }
            try {
                out.add(new Block(m.group(1), headers.toString(), Base64.getDecoder().decode(base64.toString())));
            } catch (IllegalArgumentException e) {
                throw new PemException("a PEM " + m.group(1) + " block is not valid base64");
            }
        }
        return out;
    }
}
