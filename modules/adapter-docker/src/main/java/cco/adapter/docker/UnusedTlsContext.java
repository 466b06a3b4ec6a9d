package cco.adapter.docker;

import java.security.Provider;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context docker-java's transport builds even for a unix socket, where nothing uses it.
 * Any context of the JDK's costs ~60 ms of every Docker start (JSSE's provider and cipher
 * suites); this one costs nothing, and refuses to be used.
 */
final class UnusedTlsContext extends SSLContext {

    UnusedTlsContext() {
        super(new Refusing(), new NoProvider(), "TLS");
    }

    private static final class NoProvider extends Provider {
        private static final long serialVersionUID = 1L;

        NoProvider() {
            super("cco-no-tls", "1", "no TLS on a unix socket");
        }
    }

    private static final class Refusing extends SSLContextSpi {
        private static IllegalStateException unused() {
            return new IllegalStateException("no TLS on a unix socket");
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw unused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw unused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw unused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw unused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw unused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw unused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw unused();
        }
    }
}
