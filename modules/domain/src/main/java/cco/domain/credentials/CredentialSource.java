package cco.domain.credentials;

import java.nio.file.Path;

/** A place an agent's credentials can come from. cco reports whether it is there, never its value. */
public sealed interface CredentialSource {

    String describe();

    record EnvironmentVariable(String name) implements CredentialSource {
        @Override
        public String describe() {
            return "$" + name;
        }
    }

    record CredentialFile(Path path) implements CredentialSource {
        @Override
        public String describe() {
            return path.toString();
        }
    }

    record KeychainItem(String service) implements CredentialSource {
        @Override
        public String describe() {
            return "macOS Keychain item '" + service + "'";
        }
    }
}
