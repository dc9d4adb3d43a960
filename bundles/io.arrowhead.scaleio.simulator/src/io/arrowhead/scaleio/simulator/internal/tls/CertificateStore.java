package io.arrowhead.scaleio.simulator.internal.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Date;

import io.arrowhead.scaleio.simulator.internal.AtomicFiles;
import io.arrowhead.scaleio.simulator.internal.AtomicFiles.Access;

/**
 * Keeps the simulator's key and certificate as PEM files in its data directory, so a client that trusted the
 * certificate once keeps trusting it. A new pair is made only when a file is missing or unreadable, the certificate
 * has expired, it does not name the bind host, or it does not belong to the key.
 */
public final class CertificateStore {

    public static final String CERTIFICATE_FILE = "simulator-cert.pem";
    public static final String KEY_FILE = "simulator-key.pem";

    private static final System.Logger LOG = System.getLogger(CertificateStore.class.getName());

    private final Path directory;
    private final Clock clock;
    private final CertificateGenerator generator = new CertificateGenerator();

    /** @param clock real time in production: clients check the validity against their own wall clock */
    public CertificateStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public ServerIdentity loadOrCreate(SubjectAltNames names) throws IOException {
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        Path keyFile = directory.resolve(KEY_FILE);
        KeyAndCertificate stored = load(keyFile, certificateFile);
        if (stored != null && usable(stored, names)) {
            return new ServerIdentity(stored.privateKey(), stored.certificate(), certificateFile);
        }
        KeyAndCertificate fresh;
        try {
            fresh = generator.generate(names, clock.instant());
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot generate the simulator's certificate: " + e.getMessage(), e);
        }
        Files.createDirectories(directory);
        AtomicFiles.write(keyFile, Pem.encode(Pem.PRIVATE_KEY, fresh.privateKey().getEncoded()), Access.OWNER_ONLY);
        try {
            AtomicFiles.write(certificateFile, Pem.encode(Pem.CERTIFICATE, fresh.certificate().getEncoded()),
                    Access.USUAL);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot encode the simulator's certificate", e);
        }
        return new ServerIdentity(fresh.privateKey(), fresh.certificate(), certificateFile);
    }

    private static KeyAndCertificate load(Path keyFile, Path certificateFile) {
        try {
            byte[] keyDer = Pem.decode(Pem.PRIVATE_KEY, Files.readString(keyFile, StandardCharsets.US_ASCII));
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(keyDer));
            byte[] certificateDer = Pem.decode(Pem.CERTIFICATE,
                    Files.readString(certificateFile, StandardCharsets.US_ASCII));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificateDer));
            return new KeyAndCertificate(key, certificate);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Replacing the unreadable simulator certificate in {0}: {1}",
                    keyFile.getParent(), e);
            return null;
        }
    }

    private boolean usable(KeyAndCertificate stored, SubjectAltNames names) {
        try {
            stored.certificate().checkValidity(Date.from(clock.instant()));
            return names.coveredBy(stored.certificate()) && belongTogether(stored);
        } catch (GeneralSecurityException | IOException e) {
            return false; // expired, not yet valid, or unparseable names: make a new one
        }
    }

    /** Signs a probe with the key and verifies it with the certificate, so a half-replaced pair is noticed. */
    private static boolean belongTogether(KeyAndCertificate stored) throws GeneralSecurityException {
        byte[] probe = "arrowhead".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(stored.privateKey());
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(stored.certificate());
        verifier.update(probe);
        return verifier.verify(signature);
    }
}
