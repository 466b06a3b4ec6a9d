package cco.adapter.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cco.domain.terminal.WindowSize;

/**
 * The files a container reads from the session's directory (0700, removed with the session):
 * the environment (credentials included) for the entrypoint, the lease cco keeps beating, the
 * passwd and group entries of the user, and an empty file that hides denied files.
 */
record SessionFiles(Path directory) {
    private static final String PASSWD_SHELL = "/bin/bash";

    Path runDirectory() {
        return directory.resolve("run");
    }

    Path environment() {
        return runDirectory().resolve("environment");
    }

    Path beat() {
        return runDirectory().resolve("lease/beat");
    }

    /** "rows columns" of the user's terminal, for the entrypoint to set before the agent starts. */
    Path terminalSize() {
        return runDirectory().resolve("terminal-size");
    }

    /** The container's home directory. */
    Path home() {
        return directory.resolve("home");
    }

    Path passwd() {
        return directory.resolve("passwd");
    }

    Path group() {
        return directory.resolve("group");
    }

    Path emptyFile() {
        return directory.resolve("empty");
    }

    static SessionFiles in(Path sessionDirectory) {
        return new SessionFiles(sessionDirectory.resolve("docker"));
    }

    /** Written before the container exists; nothing here is ever read back by cco. */
    void write(Map<String, String> environment, String userName, long uid, long gid, Path home, Optional<WindowSize> size) {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createDirectories(beat().getParent());
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            environment.forEach((name, value) -> entries.writeBytes((name + "=" + value + "\0").getBytes(StandardCharsets.UTF_8)));
            writeNew(environment(), entries.toByteArray());
            writeNew(beat(), new byte[0]);
            if (size.isPresent()) {
                writeNew(terminalSize(), (size.get().rows() + " " + size.get().columns() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String user = uid == 0 ? "root" : userName;
            String passwd = (uid == 0 ? "" : "root:x:0:0:root:/root:/bin/bash\n")
                    + user + ":x:" + uid + ":" + gid + "::" + home + ":" + PASSWD_SHELL + "\n"
                    + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
            String group = (gid == 0 ? "" : "root:x:0:\n") + (gid == 0 ? "root" : user) + ":x:" + gid + ":\n" + "nogroup:x:65534:\n";
            writeNew(passwd(), passwd.getBytes(StandardCharsets.UTF_8));
            writeNew(group(), group.getBytes(StandardCharsets.UTF_8));
            writeNew(emptyFile(), new byte[0]);
            Files.createDirectory(home(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The agents' credential files that exist, copied (0600) into the session's directory: the
     * container reads them from there, never from the host's file, and they go with the session.
     * A link is not followed (the session could have planted it while a share allowed it).
     * By the path each stands for.
     */
    Map<Path, Path> copyCredentials(List<Path> credentials) {
        Map<Path, Path> copies = new java.util.LinkedHashMap<>();
        try {
            Path directory = Files.createDirectory(this.directory.resolve("credentials"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            for (Path credential : credentials) {
                if (Files.isRegularFile(credential, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path copy = directory.resolve(String.valueOf(copies.size()));
                    Files.createFile(copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(copy, Files.readAllBytes(credential), StandardOpenOption.TRUNCATE_EXISTING);
                    copies.put(credential, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copies;
    }

    /** The lease: the container's entrypoint ends the session once this stops changing (cco killed). */
    void renewLease() throws IOException {
        Files.setLastModifiedTime(beat(), FileTime.from(Instant.now()));
    }

    private static void writeNew(Path file, byte[] content) throws IOException {
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
