package cco.cli;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendChoice;
import cco.domain.backend.BackendSelection;
import cco.domain.backend.BackendSelector;
import cco.domain.credentials.CredentialOwner;
import cco.domain.credentials.CredentialSource;
import cco.domain.credentials.CredentialSources;
import cco.domain.policy.ToolchainCaches;
import cco.domain.port.BackendProbe;
import cco.domain.failure.CcoException;
import cco.domain.port.CredentialStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What cco sees on this host: platform, usable backends and why not, credentials found (never values). */
final class InfoReport {
    private final CompositionRoot root;

    InfoReport(CompositionRoot root) {
        this.root = root;
    }

    int print() {
        HostContext host = root.host();
        PrintWriter out = host.out();
        out.println("cco " + BuildVersion.VERSION + " (Java " + Runtime.version() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
        out.println("platform:    " + host.platform().name().toLowerCase(Locale.ROOT));
        out.println("backends:");
        BackendProbe nativeProbe = root.nativeProbe();
        BackendProbe dockerProbe = root.dockerProbe();
        for (BackendProbe probe : List.of(nativeProbe, dockerProbe)) {
            out.println("  " + probe.kind().displayName() + ": " + describe(probe.check()));
        }
        BackendSelection auto = new BackendSelector(nativeProbe, dockerProbe).select(BackendChoice.AUTO);
        out.println("  --backend auto uses: " + switch (auto) {
            case BackendSelection.Selected selected -> selected.kind().displayName();
            case BackendSelection.NoneUsable none -> "none (cco cannot isolate a session here)";
        });
        out.println("toolchain caches (cco's stores, mounted where each tool looks; 'cco cleanup --caches' empties them):");
        Path stores = ToolchainCaches.stores(host.home(), host.environment());
        for (String toolchain : root.cacheStores().names(stores)) {
            out.println("  " + toolchain + ": " + root.cacheStores().size(stores.resolve(toolchain)) / 1024 + " KiB in " + DisplayText.of(stores.resolve(toolchain)));
        }
        out.println("credentials (whether present, never their values):");
        CredentialStore store = root.credentialStore();
        List<String> warnings = new ArrayList<>();
        printCredentials("claude", CredentialSources.claudeCode(host.platform(), store.location(CredentialOwner.CLAUDE_CODE)), store, warnings);
        printCredentials("codex", CredentialSources.codex(store.location(CredentialOwner.CODEX)), store, warnings);
        warnings.forEach(warning -> out.println("warning: " + DisplayText.of(warning)));
        return ExitCodes.OK;
    }

    private static String describe(Availability availability) {
        return switch (availability) {
            case Availability.Usable usable -> "usable [" + DisplayText.of(usable.detail()) + "]";
            case Availability.Unusable unusable -> "unusable: " + DisplayText.of(unusable.reason())
                    + " (fix: " + DisplayText.of(unusable.fix()) + ")";
        };
    }

    private void printCredentials(String agent, List<CredentialSource> sources, CredentialStore store, List<String> warnings) {
        for (CredentialSource source : sources) {
            String state = source instanceof CredentialSource.CredentialFile file ? credentialFile(file.path(), store, warnings) : presence(source);
            root.host().out().println("  " + agent + ": " + DisplayText.of(source.describe()) + ": " + state);
        }
    }

    /** Found, with the account and the token's expiry; an expired token is also a warning. */
    private String credentialFile(Path path, CredentialStore store, List<String> warnings) {
        Instant now = Instant.now();
        for (CredentialOwner owner : CredentialOwner.values()) {
            if (store.location(owner).equals(path)) {
                try {
                    return store.current(owner).map(document -> {
                        if (document.facts().expiredAt(now)) {
                            warnings.add("the " + owner.displayName() + " OAuth token expired at " + document.facts().expiresAt().orElseThrow()
                                    + ": the agent refreshes it when it starts (then, to keep it, cco --allow-oauth-refresh), or log in again");
                        }
                        return "found (" + document.facts().describe(now) + ")";
                    }).orElse("not found");
                } catch (CcoException unusable) {
                    warnings.add(unusable.getMessage());
                    return "found, but not usable";
                }
            }
        }
        return "not checked by this version";
    }

    private String presence(CredentialSource source) {
        return root.credentialPresences().stream()
                .filter(presence -> presence.handles(source))
                .findFirst()
                .map(presence -> presence.isPresent(source) ? "found" : "not found")
                .orElse("not checked by this version");
    }
}
