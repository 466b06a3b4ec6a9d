package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS that trusts the runtime's CA certificates and the host's extra ones (a corporate proxy re-signs https). */
final class TrustedCertificates {
    private TrustedCertificates() {
    }

    static SSLContext context(Collection<byte[]> extraCertificates) {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            try (InputStream runtimeCertificates = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib/security/cacerts"))) {
                trusted.load(runtimeCertificates, null);
            }
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            int added = 0;
            for (byte[] pem : extraCertificates) {
                for (Certificate certificate : factory.generateCertificates(new ByteArrayInputStream(pem))) {
                    trusted.setCertificateEntry("cco-host-extra-" + added++, certificate);
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot set up TLS: " + e.getMessage());
        }
    }
}
