package cco.cli;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendChoice;
import cco.domain.backend.BackendSelection;
import cco.domain.backend.BackendSelector;
import cco.domain.config.ConfigurationReader;
import cco.domain.credentials.CredentialDocument;
import cco.domain.agent.KnownAgents;
import cco.domain.credentials.CredentialOwner;
import cco.domain.credentials.CredentialSource;
import cco.domain.credentials.CredentialSources;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.policy.SessionLocations;
import cco.domain.policy.ToolchainCaches;
import cco.domain.port.BackendProbe;
import cco.domain.port.CredentialStore;
import cco.domain.session.ProgramLocator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

/**
 * What cco sees on this host: platform, each backend (usable, or why not and the fix), the agent
 * CLIs with their versions, credentials found (never values), cco's toolchain caches. Plain text,
 * or with --json the same facts in the shape README.md documents. The exit status is 0 when at
 * least one backend is usable, 125 otherwise.
 */
final class InfoReport {
    private static final long VERSION_TIMEOUT_SECONDS = 10;
    private final CompositionRoot root;

    InfoReport(CompositionRoot root) {
        this.root = root;
    }

    int print(boolean json) {
        Map<String, Object> facts = facts();
        if (json) {
            printJson(facts);
        } else {
            printText(facts);
        }
        return facts.get("autoBackend") != null ? ExitCodes.OK : ExitCodes.SANDBOX_UNAVAILABLE;
    }

    private Map<String, Object> facts() {
        HostContext host = root.host();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("version", BuildVersion.VERSION);
        facts.put("java", Runtime.version().toString());
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        facts.put("platform", host.platform().name().toLowerCase(Locale.ROOT));
        BackendProbe nativeProbe = root.nativeProbe();
        BackendProbe dockerProbe = root.dockerProbe();
        List<Map<String, Object>> backends = new ArrayList<>();
        for (BackendProbe probe : List.of(nativeProbe, dockerProbe)) {
            Map<String, Object> backend = new LinkedHashMap<>();
            backend.put("kind", probe.kind().name().toLowerCase(Locale.ROOT));
            backend.put("name", probe.kind().displayName());
            backend.put("native", probe.kind().isNative());
            switch (probe.check()) {
                case Availability.Usable usable -> {
                    backend.put("usable", true);
                    backend.put("detail", usable.detail());
                }
                case Availability.Unusable unusable -> {
                    backend.put("usable", false);
                    backend.put("reason", unusable.reason());
                    backend.put("fix", unusable.fix());
                }
            }
            backends.add(backend);
        }
        facts.put("backends", backends);
        facts.put("autoBackend", switch (new BackendSelector(nativeProbe, dockerProbe).select(BackendChoice.AUTO)) {
            case BackendSelection.Selected selected -> selected.kind().name().toLowerCase(Locale.ROOT);
            case BackendSelection.NoneUsable none -> null;
        });
        // In parallel: each CLI takes a second or two to say its version.
        facts.put("agents", KnownAgents.ALL.parallelStream().map(agent -> agent(agent.program())).toList());
        List<String> warnings = new ArrayList<>();
        CredentialStore store = root.credentialStore();
        List<Map<String, Object>> credentials = new ArrayList<>();
        credentials.addAll(credentials("claude", CredentialOwner.CLAUDE_CODE, CredentialSources.claudeCode(host.platform(),
                store.location(CredentialOwner.CLAUDE_CODE)), store, warnings));
        credentials.addAll(credentials("codex", CredentialOwner.CODEX, CredentialSources.codex(store.location(CredentialOwner.CODEX)), store, warnings));
        SessionLocations locations = root.sessionLocations();
        KnownAgents.ALL.stream().filter(agent -> !agent.refreshableCredentials())
                .flatMap(agent -> CredentialSources.of(agent, locations::agentDirectory, host.environment().keySet()).stream()
                        .flatMap(source -> otherAgentsCredential(agent.name(), source).stream()))
                .forEach(credentials::add);
        facts.put("credentials", credentials);
        Path stores = ToolchainCaches.stores(host.home(), host.environment());
        List<Map<String, Object>> caches = new ArrayList<>();
        for (String toolchain : root.cacheStores().names(stores)) {
            caches.add(map("toolchain", toolchain, "store", stores.resolve(toolchain).toString(), "kib", root.cacheStores().size(stores.resolve(toolchain)) / 1024));
        }
        facts.put("toolchainCaches", caches);
        ConfigurationFiles configuration = root.configurationFiles();
        facts.put("configurationFiles", List.of(
                configurationFile("user", configuration.userFile(), configuration::readUserFile, warnings),
                configurationFile("project", configuration.projectFile(), configuration::readProjectFile, warnings)));
        facts.put("warnings", warnings);
        return facts;
    }

    /** Whether the file is there and in effect; its problems are warnings here, where they stop a session. */
    private static Map<String, Object> configurationFile(String scope, Path file, Supplier<Optional<ConfigurationReader.Reading>> reading,
            List<String> warnings) {
        Map<String, Object> entry = map("scope", scope, "path", file.toString());
        try {
            Optional<ConfigurationReader.Reading> read = reading.get();
            entry.put("state", read.isPresent() ? "in effect" : "not present");
            read.ifPresent(found -> warnings.addAll(found.warnings()));
        } catch (CcoException invalid) {
            entry.put("state", "invalid");
            warnings.add(invalid.getMessage());
        }
        return entry;
    }

    /** The agent CLI on PATH and what its --version says (its own words, first line). */
    private Map<String, Object> agent(String program) {
        HostContext host = root.host();
        Optional<Path> path = ProgramLocator.locate(program, host.environment().get("PATH"), host.workingDirectory(), root.fileSystem());
        Map<String, Object> agent = map("name", program, "path", path.map(Path::toString).orElse(null));
        agent.put("version", path.flatMap(InfoReport::version).orElse(null));
        return agent;
    }

    private static Optional<String> version(Path program) {
        try {
            Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!process.waitFor(VERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 && !output.isEmpty() ? Optional.of(output.lines().findFirst().orElse("")) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private List<Map<String, Object>> credentials(String agent, CredentialOwner owner, List<CredentialSource> sources, CredentialStore store,
            List<String> warnings) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (CredentialSource source : sources) {
            Map<String, Object> credential = map("agent", agent, "source", source.describe());
            switch (source) {
                case CredentialSource.CredentialFile file -> credentialFile(owner, store, warnings, credential);
                case CredentialSource.EnvironmentVariable variable -> credential.put("state", present(source) ? "found" : "not found");
                case CredentialSource.KeychainItem item -> credential.put("state", "not checked by this version");
            }
            found.add(credential);
        }
        return found;
    }

    /** A file whether there or not; a variable only when set: a multi-provider agent reads many. */
    private Optional<Map<String, Object>> otherAgentsCredential(String agent, CredentialSource source) {
        return switch (source) {
            case CredentialSource.CredentialFile file -> Optional.of(map("agent", agent, "source", source.describe(),
                    "state", root.fileSystem().realPath(file.path()).isPresent() ? "found" : "not found"));
            default -> present(source) ? Optional.of(map("agent", agent, "source", source.describe(), "state", "found")) : Optional.empty();
        };
    }

    /** Found, with the account and the token's expiry; an expired token is also a warning. */
    private static void credentialFile(CredentialOwner owner, CredentialStore store, List<String> warnings, Map<String, Object> credential) {
        Instant now = Instant.now();
        try {
            Optional<CredentialDocument> current = store.current(owner);
            credential.put("state", current.isPresent() ? "found" : "not found");
            current.ifPresent(document -> {
                credential.put("description", document.facts().describe(now));
                credential.put("account", document.facts().account().orElse(null));
                credential.put("expiresAt", document.facts().expiresAt().map(Instant::toString).orElse(null));
                credential.put("expired", document.facts().expiredAt(now));
                if (document.facts().expiredAt(now)) {
                    warnings.add("the " + owner.displayName() + " OAuth token expired at " + document.facts().expiresAt().orElseThrow()
                            + ": the agent refreshes it when it starts (then, to keep it, cco --allow-oauth-refresh), or log in again");
                }
            });
        } catch (CcoException unusable) {
            credential.put("state", "found, but not usable");
            warnings.add(unusable.getMessage());
        }
    }

    private boolean present(CredentialSource source) {
        return root.credentialPresences().stream().filter(presence -> presence.handles(source)).anyMatch(presence -> presence.isPresent(source));
    }

    @SuppressWarnings("unchecked")
    private void printText(Map<String, Object> facts) {
        PrintWriter out = root.host().out();
        out.println("cco " + facts.get("version") + " (Java " + facts.get("java") + ", " + facts.get("os") + ")");
        out.println("platform:    " + facts.get("platform"));
        out.println("backends:");
        for (Map<String, Object> backend : (List<Map<String, Object>>) facts.get("backends")) {
            out.println("  " + backend.get("name") + ": " + (Boolean.TRUE.equals(backend.get("usable"))
                    ? "usable [" + DisplayText.of((String) backend.get("detail")) + "]"
                    : "unusable: " + DisplayText.of((String) backend.get("reason")) + " (fix: " + DisplayText.of((String) backend.get("fix")) + ")"));
        }
        out.println("  --backend auto uses: " + ((List<Map<String, Object>>) facts.get("backends")).stream()
                .filter(backend -> backend.get("kind").equals(facts.get("autoBackend"))).map(backend -> backend.get("name")).findFirst()
                .orElse("none (cco cannot isolate a session here)"));
        out.println("agents:");
        for (Map<String, Object> agent : (List<Map<String, Object>>) facts.get("agents")) {
            out.println("  " + agent.get("name") + ": " + (agent.get("path") == null ? "not installed"
                    : DisplayText.of((String) agent.get("path")) + " (" + (agent.get("version") == null ? "version unknown" : DisplayText.of((String) agent.get("version"))) + ")"));
        }
        out.println("toolchain caches (cco's stores, mounted where each tool looks; 'cco cleanup --caches' empties them):");
        for (Map<String, Object> cache : (List<Map<String, Object>>) facts.get("toolchainCaches")) {
            out.println("  " + cache.get("toolchain") + ": " + cache.get("kib") + " KiB in " + DisplayText.of((String) cache.get("store")));
        }
        out.println("configuration files:");
        for (Map<String, Object> file : (List<Map<String, Object>>) facts.get("configurationFiles")) {
            out.println("  " + file.get("scope") + ": " + DisplayText.of((String) file.get("path")) + " (" + file.get("state") + ")");
        }
        out.println("credentials (whether present, never their values):");
        for (Map<String, Object> credential : (List<Map<String, Object>>) facts.get("credentials")) {
            String state = credential.get("state") + (credential.containsKey("description") ? " (" + credential.get("description") + ")" : "");
            out.println("  " + credential.get("agent") + ": " + DisplayText.of((String) credential.get("source")) + ": " + DisplayText.of(state));
        }
        ((List<String>) facts.get("warnings")).forEach(warning -> out.println("warning: " + DisplayText.of(warning)));
    }

    private void printJson(Map<String, Object> facts) {
        try {
            root.host().out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(facts));
        } catch (JsonProcessingException e) {
            throw new CcoException(FailureKind.INTERNAL, "cannot write the report as JSON: " + e.getOriginalMessage());
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
