package cco.adapter.agentstate;

import cco.domain.agentstate.ClaudeStateCopy;
import cco.domain.agentstate.ClaudeStateMerge;
import cco.domain.agentstate.RememberedAnswers;
import cco.domain.policy.ClaudeProjectKey;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.PrivateCopy;
import cco.domain.port.AgentStateVault;
import cco.safefiles.SafeFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
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
    static final String ORIGINAL = PrivateCopy.AGENT_STATE_AT_START;
    static final String SESSION = "home/.claude.json";
    private static final String EMPTY = "{}";
    private static final ObjectMapper COMPACT = new ObjectMapper();
    static final String PROJECT = "project";
    private static final String SETTINGS = "settings.json";
    private static final int BACKUPS_KEPT = 5;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Path stateDirectory;

    /** @param stateDirectory cco's own state directory, for example ~/.local/state/cco */
    public ClaudeStateVault(Path stateDirectory) {
        this.stateDirectory = stateDirectory;
    }

    /**
     * The session directory holds the original as the session saw it, the project's name, and the
     * agent's home for the session with the copy in it ({@link ClaudeStateCopy}: only this
     * project's entry). The host file is only read: a missing one is not created.
     */
    @Override
    public PrivateCopy isolate(Path session, Path hostFile, Path project, Path home) {
        try {
            String host = Files.exists(hostFile) ? Files.readString(hostFile, StandardCharsets.UTF_8) : EMPTY;
            byte[] copy = ClaudeStateCopy.forSession(host, project.toString(), rememberedAnswers(project)).getBytes(StandardCharsets.UTF_8);
            Files.write(session.resolve(PROJECT), project.toString().getBytes(StandardCharsets.UTF_8));
            Files.write(session.resolve(ORIGINAL), copy);
            Path sessionCopy = session.resolve(SESSION);
            Files.createDirectory(sessionCopy.getParent());
            Files.write(sessionCopy, copy, StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(sessionCopy, PosixFilePermissions.fromString("rw-------"));
            if (Files.exists(bypassAccepted(project)) && !Files.exists(home.resolve(SETTINGS), LinkOption.NOFOLLOW_LINKS)) {
                Files.writeString(sessionCopy.resolveSibling(SETTINGS), "{\"" + RememberedAnswers.BYPASS_SETTING + "\":true}\n");
            }
            return PrivateCopy.agentState(hostFile, sessionCopy, session, home);
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot make a private copy of " + hostFile + ": " + e.getMessage());
        }
    }

    /**
     * Under the lock Claude Code itself takes (proper-lockfile: a directory beside the real file,
     * stale after 10 s), the host file is read again, merged into, and replaced by a synced
     * temporary file: a reader sees the old or the new file, whole, at every moment.
     */
    @Override
    public List<String> mergeBack(Path sessionDirectory, Path hostFile) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            Map<String, Object> original = json.readValue(sessionDirectory.resolve(ORIGINAL).toFile(), JSON_OBJECT);
            Map<String, Object> session = readSessionFile(json, sessionDirectory.resolve(SESSION));
            String project = Files.readString(sessionDirectory.resolve(PROJECT), StandardCharsets.UTF_8);
            Path target = Files.exists(hostFile) ? hostFile.toRealPath() : hostFile;
            try (ClaudeLock lock = ClaudeLock.acquire(target)) {
                Map<String, Object> current = Files.exists(target) ? json.readValue(target.toFile(), JSON_OBJECT) : Map.of();
                ClaudeStateMerge.Result result = ClaudeStateMerge.merge(original, session, current, project);
                if (!result.merged().equals(current)) {
                    backUp(target);
                    replace(target, json.writeValueAsBytes(result.merged()));
                }
                rememberAnswers(session, Path.of(project));
                rememberBypass(json, sessionDirectory.resolve(SESSION).resolveSibling(SETTINGS), Path.of(project));
                return result.refused().stream().filter(refused -> !RememberedAnswers.covers(refused, project)).toList();
            }
        } catch (IOException e) {
            throw new CcoException(FailureKind.INTERNAL, "cannot merge the session's " + hostFile.getFileName()
                    + " back (kept in " + sessionDirectory + "): " + e.getMessage());
        }
    }

    private Path answersFile(Path project) {
        // Claude's key is the same for /a/b-c and /a/b/c; the path's hash keeps two such projects' answers apart.
        return stateDirectory.resolve("claude-answers").resolve(ClaudeProjectKey.of(project) + "-" + Integer.toHexString(project.toString().hashCode()));
    }

    /** Two lines of JSON member text: the global answers, then this project's. */
    private RememberedAnswers rememberedAnswers(Path project) throws IOException {
        Path file = answersFile(project);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return RememberedAnswers.none();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.size() == 2 ? new RememberedAnswers(lines.get(0), lines.get(1)) : RememberedAnswers.none();
    }

    /** Per project, like the other answers: a session of one project cannot answer for another's. */
    private Path bypassAccepted(Path project) {
        return answersFile(project).resolveSibling(answersFile(project).getFileName() + ".bypass-accepted");
    }

    /** The session's own settings.json (only where the user has none), read as the regular file it should be. */
    private void rememberBypass(ObjectMapper json, Path settings, Path project) throws IOException {
        if (!Files.exists(settings, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (Boolean.TRUE.equals(readSessionFile(json, settings).get(RememberedAnswers.BYPASS_SETTING))) {
                Files.createDirectories(bypassAccepted(project).getParent());
                Files.writeString(bypassAccepted(project), "");
            }
        } catch (IOException unreadable) {
            // The agent's own file, perhaps not JSON: nothing to remember.
        }
    }

    private void rememberAnswers(Map<String, Object> session, Path project) throws IOException {
        Map<String, Map<String, Object>> answers = RememberedAnswers.of(session, project.toString());
        String global = members(answers.get("global"));
        String own = members(answers.get("project"));
        Path file = answersFile(project);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".answers-", ".tmp");
        Files.writeString(temporary, global + "\n" + own + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** {@code {"a":1,"b":2}} without its braces; written compact, so on one line. */
    private static String members(Map<String, Object> values) throws IOException {
        String object = COMPACT.writeValueAsString(values);
        return object.substring(1, object.length() - 1);
    }

    /** The agent wrote it, so it is read only as the regular file it should be, never through a link it may have planted. */
    private static Map<String, Object> readSessionFile(ObjectMapper json, Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file any more");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return json.readValue(in, JSON_OBJECT);
        }
    }

    /** Replaced, never written in place, keeping its permissions (SafeFiles). A link at the user's path was resolved by the caller. */
    private static void replace(Path target, byte[] content) throws IOException {
        SafeFiles.replace(target, content, Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS) : SafeFiles.OWNER_ONLY);
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
