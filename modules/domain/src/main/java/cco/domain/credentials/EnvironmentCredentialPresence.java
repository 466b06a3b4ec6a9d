package cco.domain.credentials;

import cco.domain.port.CredentialPresence;
import java.util.Map;

/** A credential variable is present when it is set to a non-empty value in the host environment. */
public final class EnvironmentCredentialPresence implements CredentialPresence {
    private final Map<String, String> environment;

    public EnvironmentCredentialPresence(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public boolean handles(CredentialSource source) {
        return source instanceof CredentialSource.EnvironmentVariable;
    }

    @Override
    public boolean isPresent(CredentialSource source) {
        return source instanceof CredentialSource.EnvironmentVariable variable
                && !environment.getOrDefault(variable.name(), "").isEmpty();
    }
}
