package cco.adapter.credentialfiles;

import cco.domain.credentials.CredentialSource;
import cco.domain.port.CredentialPresence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A credential file counts as present when it is a non-empty regular file; its content is never read. */
public final class CredentialFilePresence implements CredentialPresence {

    @Override
    public boolean handles(CredentialSource source) {
        return source instanceof CredentialSource.CredentialFile;
    }

    @Override
    public boolean isPresent(CredentialSource source) {
        if (!(source instanceof CredentialSource.CredentialFile file)) {
            return false;
        }
        Path path = file.path();
        try {
            return Files.isRegularFile(path) && Files.size(path) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
