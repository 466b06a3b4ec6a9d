package cco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cco.domain.launch.Aftermath;
import cco.domain.launch.HandOver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandOverWriterTest {
    @TempDir
    Path directory;

    private final HandOver handOver = new HandOver(Path.of("/usr/bin/bwrap"), List.of("--unshare-pid", "--setenv", "A", "b c"),
            List.of("sh", "-c", "echo hi"), new HandOver.InheritedInput(3, new byte[] {0, (byte) 0xff}),
            new Aftermath(List.of(), List.of(Path.of("/home/ada/project/.mcp.json")), List.of(Path.of("/home/ada/project")), List.of()));

    @Test
    void writesNulTerminatedFieldsForTheLauncher() throws IOException {
        assertEquals(List.of("cco-handover-1", "input", "3", "\\x00\\xff", "sandbox", "/usr/bin/bwrap", "4",
                "--unshare-pid", "--setenv", "A", "b c", "session", "/state/sessions/session-1", "finish-if-exists", "/home/ada/project/.mcp.json",
                "finish-if-repositories", "/home/ada/project", "run", "sh", "-c", "echo hi"),
                written(Optional.empty()));
    }

    @Test
    void aRelayedSessionNamesItsTerminalFirst() throws IOException {
        List<String> fields = written(Optional.of("/dev/pts/7"));
        assertEquals(List.of("cco-handover-1", "relay", "/dev/pts/7", "input"), fields.subList(0, 4));
    }

    @Test
    void theLaunchersDescriptorIsKnownOnlyForAChannelInProcSelfFd() {
        assertEquals(Optional.of(3), HandOverWriter.inheritedDescriptor(Path.of("/proc/self/fd/3")));
        assertEquals(Optional.empty(), HandOverWriter.inheritedDescriptor(Path.of("/tmp/fd/3")));
        assertEquals(Optional.empty(), HandOverWriter.inheritedDescriptor(Path.of("/proc/self/fd/x")));
        assertEquals(Optional.empty(), HandOverWriter.inheritedDescriptor(Path.of("/")));
    }

    private List<String> written(Optional<String> relay) throws IOException {
        Path channel = Files.createFile(directory.resolve("channel"));
        HandOverWriter.write(handOver, Path.of("/state/sessions/session-1"), channel, relay);
        String content = Files.readString(channel, StandardCharsets.UTF_8);
        assertEquals('\0', content.charAt(content.length() - 1));
        return List.of(content.substring(0, content.length() - 1).split("\0", -1));
    }
}
