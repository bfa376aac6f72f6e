// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

/// A throw-away PKI for TLS tests, built with BouncyCastle's ASN.1 classes and JCA signatures: a CA, certificates
/// it signs (a server certificate for 127.0.0.1, client certificates), and PEM text of certificates and keys.
public final class TestCertificates {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AlgorithmIdentifier SHA256_RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption);

    /// A key pair with its certificate.
    public record Issued(KeyPair keys, X509Certificate cert) {
        public String certPem() {
            return pem("CERTIFICATE", encoded(cert));
        }

        /// {@return the private key as unencrypted PKCS#8 PEM}
        public String keyPem() {
            return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
        }

        /// {@return the RSA private key as traditional OpenSSL PKCS#1 PEM}
        public String pkcs1KeyPem() throws Exception {
            return pem("RSA PRIVATE KEY", PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded())
                    .parsePrivateKey().toASN1Primitive().getEncoded(ASN1Encoding.DER));
        }

        /// {@return the private key as PKCS#8 PEM encrypted with PBES2 (HMAC-SHA256, AES-256) under `passphrase`}
        public String encryptedKeyPem(String passphrase) throws GeneralSecurityException, java.io.IOException {
            String alg = "PBEWithHmacSHA256AndAES_256";
            byte[] salt = new byte[16];
            byte[] iv = new byte[16];
            RANDOM.nextBytes(salt);
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance(alg);
            c.init(Cipher.ENCRYPT_MODE, SecretKeyFactory.getInstance(alg).generateSecret(
                    new PBEKeySpec(passphrase.toCharArray())),
                    new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
            byte[] enc = c.doFinal(keys.getPrivate().getEncoded());
            // PBES2 parameters as the cipher encodes them; the JDK's EncryptedPrivateKeyInfo cannot name PBES2 itself
            return pem("ENCRYPTED PRIVATE KEY", new org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo(
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                            ASN1Primitive.fromByteArray(c.getParameters().getEncoded())), enc).getEncoded());
        }
    }

    private TestCertificates() {}

    /// {@return a self-signed CA}
    public static Issued ca(String name) throws Exception {
        KeyPair kp = rsa();
        return new Issued(kp, sign(name, name, kp, kp, true, false));
    }

    /// {@return a server certificate for 127.0.0.1 issued by `ca`}
    public static Issued server(Issued ca) throws Exception {
        KeyPair kp = rsa();
        return new Issued(kp, sign("CN=127.0.0.1", ca.cert().getSubjectX500Principal().getName(), kp, ca.keys(),
                false, true));
    }

    /// {@return a client certificate for `name` issued by `ca`}
    public static Issued client(Issued ca, String name) throws Exception {
        KeyPair kp = rsa();
        return new Issued(kp, sign(name, ca.cert().getSubjectX500Principal().getName(), kp, ca.keys(), false,
                false));
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate sign(String subject, String issuer, KeyPair subjectKeys, KeyPair issuerKeys,
            boolean isCa, boolean loopbackName) throws Exception {
        V3TBSCertificateGenerator g = new V3TBSCertificateGenerator();
        g.setSerialNumber(new ASN1Integer(new BigInteger(64, RANDOM)));
        g.setIssuer(new X500Name(issuer));
        g.setSubject(new X500Name(subject));
        long now = System.currentTimeMillis();
        g.setStartDate(new Time(new Date(now - 3_600_000L)));
        g.setEndDate(new Time(new Date(now + 86_400_000L)));
        g.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(subjectKeys.getPublic().getEncoded()));
        g.setSignature(SHA256_RSA);
        ExtensionsGenerator ext = new ExtensionsGenerator();
        ext.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        if (loopbackName) {
            ext.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        }
        g.setExtensions(ext.generate());
        TBSCertificate tbs = g.generateTBSCertificate();
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(issuerKeys.getPrivate());
        s.update(tbs.getEncoded(ASN1Encoding.DER));
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(tbs);
        v.add(SHA256_RSA);
        v.add(new DERBitString(s.sign()));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(new DERSequence(v).getEncoded(ASN1Encoding.DER)));
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + new String(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encode(der),
                        StandardCharsets.US_ASCII)
                + "\n-----END " + type + "-----\n";
    }
}
