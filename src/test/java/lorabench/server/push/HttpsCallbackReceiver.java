// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;

/// An application's HTTPS push receiver on 127.0.0.1 that requires a client certificate issued by `ca`
/// (`SSLParameters.setNeedClientAuth(true)`): records each callback with the client certificate's subject and
/// answers 200. A client without an acceptable certificate fails the handshake and is never recorded.
public final class HttpsCallbackReceiver implements AutoCloseable {
    /// One callback and the subject of the certificate the client presented.
    public record Call(String method, String uri, String body, String clientSubject) {}

    private final HttpsServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();

    public HttpsCallbackReceiver(TestCertificates.Issued serverCert, TestCertificates.Issued ca) throws Exception {
        char[] pw = "test-store".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", serverCert.keys().getPrivate(), pw, new X509Certificate[] {serverCert.cert(),
                ca.cert()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pw);
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("ca", ca.cert());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ex -> {
            String subject;
            try {
                subject = ((X509Certificate) ((HttpsExchange) ex).getSSLSession().getPeerCertificates()[0])
                        .getSubjectX500Principal().getName();
            } catch (SSLPeerUnverifiedException e) {
                subject = "";
            }
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(ex.getRequestMethod(), ex.getRequestURI().toString(), body, subject));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /// {@return the next callback}, waiting up to [CallbackReceiver#DEADLINE]
    public Call next() throws InterruptedException {
        Call c = calls.poll(CallbackReceiver.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (c == null) {
            throw new AssertionError("no HTTPS callback within " + CallbackReceiver.DEADLINE);
        }
        return c;
    }

    /// {@return a callback received so far}, if any
    public Optional<Call> poll() {
        return Optional.ofNullable(calls.poll());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
