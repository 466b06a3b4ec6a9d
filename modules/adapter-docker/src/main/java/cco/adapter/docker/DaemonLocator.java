package cco.adapter.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places to look for a Docker daemon, in the order the docker CLI uses them: DOCKER_HOST
 * alone when it is set (unix or tcp, with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH); else the
 * current context (DOCKER_CONTEXT, or currentContext in ~/.docker/config.json) when it is not
 * "default"; else the rootless daemon's socket, the system daemon's and Docker Desktop's.
 * A candidate that cannot be used is reported as a failure, never skipped silently.
 */
final class DaemonLocator {
    static final URI SYSTEM_SOCKET = URI.create("unix:///var/run/docker.sock");

    private final Map<String, String> environment;
    private final Path home;
    private final URI systemSocket;

    DaemonLocator(Map<String, String> environment, Path home) {
        this(environment, home, SYSTEM_SOCKET);
    }

    /** With the system daemon's socket elsewhere: for tests on a machine whose daemon runs. */
    DaemonLocator(Map<String, String> environment, Path home, URI systemSocket) {
        this.environment = Map.copyOf(environment);
        this.home = home;
        this.systemSocket = systemSocket;
    }

    /** The candidates and, for names that could not become one, why. */
    record Candidates(List<DockerEndpoint> endpoints, List<String> unusable) {
    }

    Candidates candidates() {
        List<String> unusable = new ArrayList<>();
        String dockerHost = environment.getOrDefault("DOCKER_HOST", "");
        if (!dockerHost.isEmpty()) {
            return parse(dockerHost, "DOCKER_HOST", tlsFromEnvironment(), unusable)
                    .map(endpoint -> new Candidates(List.of(endpoint), unusable))
                    .orElseGet(() -> new Candidates(List.of(), unusable));
        }
        List<DockerEndpoint> endpoints = new ArrayList<>();
        currentContext(unusable).ifPresent(name -> contextEndpoint(name, unusable).ifPresent(endpoints::add));
        if (!endpoints.isEmpty()) {
            return new Candidates(endpoints, unusable);
        }
        String runtimeDirectory = environment.getOrDefault("XDG_RUNTIME_DIR", "");
        if (runtimeDirectory.startsWith("/")) {
            endpoints.add(new DockerEndpoint(URI.create("unix://" + Path.of(runtimeDirectory, "docker.sock")), "rootless daemon", Optional.empty()));
        }
        endpoints.add(new DockerEndpoint(systemSocket, "system daemon", Optional.empty()));
        endpoints.add(new DockerEndpoint(URI.create("unix://" + home.resolve(".docker/run/docker.sock")), "Docker Desktop", Optional.empty()));
        return new Candidates(endpoints, unusable);
    }

    private Optional<Path> tlsFromEnvironment() {
        String verify = environment.getOrDefault("DOCKER_TLS_VERIFY", "");
        if (verify.isEmpty() || verify.equals("0")) {
            return Optional.empty();
        }
        String certificates = environment.getOrDefault("DOCKER_CERT_PATH", "");
        return Optional.of(certificates.startsWith("/") ? Path.of(certificates) : home.resolve(".docker"));
    }

    private static Optional<DockerEndpoint> parse(String host, String origin, Optional<Path> tls, List<String> unusable) {
        try {
            URI uri = URI.create(host);
            switch (String.valueOf(uri.getScheme())) {
                case "unix" -> {
                    if (uri.getPath() == null || !uri.getPath().startsWith("/")) {
                        unusable.add(origin + "=" + host + ": not an absolute socket path");
                        return Optional.empty();
                    }
                    return Optional.of(new DockerEndpoint(uri, origin, Optional.empty()));
                }
                case "tcp" -> {
                    if (uri.getHost() == null || uri.getPort() < 0) {
                        unusable.add(origin + "=" + host + ": a tcp endpoint needs a host and a port");
                        return Optional.empty();
                    }
                    return Optional.of(new DockerEndpoint(uri, origin, tls));
                }
                default -> {
                    unusable.add(origin + "=" + host + ": cco speaks to a daemon on unix:// or tcp:// only (not ssh:// or npipe://)");
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) {
            unusable.add(origin + "=" + host + ": not a valid address");
            return Optional.empty();
        }
    }

    private Optional<String> currentContext(List<String> unusable) {
        String named = environment.getOrDefault("DOCKER_CONTEXT", "");
        if (!named.isEmpty()) {
            return named.equals("default") ? Optional.empty() : Optional.of(named);
        }
        Path config = configDirectory().resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            String current = new ObjectMapper().readTree(config.toFile()).path("currentContext").asText("");
            return current.isEmpty() || current.equals("default") ? Optional.empty() : Optional.of(current);
        } catch (IOException e) {
            unusable.add(config + ": unreadable (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** The docker CLI keeps a context's endpoint in contexts/meta/SHA256(name)/meta.json, its TLS files in contexts/tls/SHA256(name)/docker. */
    private Optional<DockerEndpoint> contextEndpoint(String name, List<String> unusable) {
        String digest = sha256(name);
        Path meta = configDirectory().resolve("contexts/meta").resolve(digest).resolve("meta.json");
        String origin = "Docker context '" + name + "'";
        try {
            JsonNode docker = new ObjectMapper().readTree(meta.toFile()).path("Endpoints").path("docker");
            String host = docker.path("Host").asText("");
            if (host.isEmpty()) {
                unusable.add(origin + ": " + meta + " names no Docker endpoint");
                return Optional.empty();
            }
            Path tls = configDirectory().resolve("contexts/tls").resolve(digest).resolve("docker");
            Optional<Path> certificates = !docker.path("SkipTLSVerify").asBoolean(false) && Files.isDirectory(tls) ? Optional.of(tls) : Optional.empty();
            return parse(host, origin, certificates, unusable);
        } catch (IOException e) {
            unusable.add(origin + ": " + meta + " is missing or unreadable");
            return Optional.empty();
        }
    }

    private Path configDirectory() {
        String configured = environment.getOrDefault("DOCKER_CONFIG", "");
        return configured.startsWith("/") ? Path.of(configured) : home.resolve(".docker");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
