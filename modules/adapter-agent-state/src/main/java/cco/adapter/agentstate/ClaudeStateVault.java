package cco.adapter.agentstate;

import cco.domain.agentstate.ClaudeStateCopy;
import cco.domain.agentstate.ClaudeStateMerge;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.PrivateCopy;
import cco.domain.port.AgentStateVault;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Private copies of ~/.claude.json for sessions, kept in cco's state directory (0700), and the
 * merge back: the host file is replaced atomically (temporary file and rename in its own
 * directory), after a backup, and only with the changes {@link ClaudeStateMerge} allows.
 */
public final class ClaudeStateVault implements AgentStateVault {
    static final String ORIGINAL = "original.json";
    static final String SESSION = "session.json";
    static final String PROJECT = "project";
    private static final int BACKUPS_KEPT = 5;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Path stateDirectory;

    /** @param stateDirectory cco's own state directory, for example ~/.local/state/cco */
    public ClaudeStateVault(Path stateDirectory) {
        this.stateDirectory = stateDirectory;
    }

    /** The copy holds only this project's entry of the host file's projects ({@link ClaudeStateCopy}). Jackson is not needed here. */
    @Override
    public PrivateCopy isolate(Path hostFile, Path project) {
        try {
            createIfMissing(hostFile);
            Path sessions = Files.createDirectories(stateDirectory.resolve("sessions"));
            Path session = Files.createTempDirectory(sessions, "session-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            byte[] copy = ClaudeStateCopy.forSession(Files.readString(hostFile, StandardCharsets.UTF_8), project.toString())
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(session.resolve(PROJECT), project.toString().getBytes(StandardCharsets.UTF_8));
            Files.write(session.resolve(ORIGINAL), copy);
            Files.write(session.resolve(SESSION), copy);
            return new PrivateCopy(hostFile, session.resolve(SESSION), session);
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot make a private copy of " + hostFile + ": " + e.getMessage());
        }
    }

    /** A missing state file starts as an empty object, as the agent itself would start it, so that even the first session works on a copy. */
    private static void createIfMissing(Path hostFile) throws IOException {
        if (!Files.exists(hostFile, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(hostFile, "{}", StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(hostFile, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Override
    public List<String> mergeBack(Path sessionDirectory, Path hostFile) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            Map<String, Object> original = json.readValue(sessionDirectory.resolve(ORIGINAL).toFile(), JSON_OBJECT);
            Map<String, Object> session = json.readValue(sessionDirectory.resolve(SESSION).toFile(), JSON_OBJECT);
            Map<String, Object> current = Files.exists(hostFile) ? json.readValue(hostFile.toFile(), JSON_OBJECT) : Map.of();
            String project = Files.readString(sessionDirectory.resolve(PROJECT), StandardCharsets.UTF_8);
            ClaudeStateMerge.Result result = ClaudeStateMerge.merge(original, session, current, project);
            if (!result.merged().equals(current)) {
                replace(hostFile, json, result.merged());
            }
            return result.refused();
        } catch (IOException e) {
            throw new CcoException(FailureKind.INTERNAL, "cannot merge the session's " + hostFile.getFileName()
                    + " back (kept in " + sessionDirectory + "): " + e.getMessage());
        }
    }

    /** The file a link points to is replaced, never the link: the host, not the sandbox, made it. */
    private void replace(Path hostFile, ObjectMapper json, Map<String, Object> content) throws IOException {
        Path target = Files.exists(hostFile) ? hostFile.toRealPath() : hostFile;
        backUp(target);
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".cco-tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            json.writeValue(temporary.toFile(), content);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void backUp(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        Path backups = Files.createDirectories(stateDirectory.resolve("backups"));
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwx------"));
        String stamp = Instant.now().toString().replace(':', '-');
        Path backup = backups.resolve(target.getFileName() + "." + stamp);
        Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-------"));
        try (Stream<Path> existing = Files.list(backups)) {
            List<Path> old = existing.filter(path -> path.getFileName().toString().startsWith(target.getFileName() + "."))
                    .sorted(Comparator.reverseOrder()).skip(BACKUPS_KEPT).toList();
            for (Path path : old) {
                Files.deleteIfExists(path);
            }
        }
    }
}
