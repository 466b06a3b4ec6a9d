package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A real terminal for tests: an interactive bash in a detached tmux session of a known size, on
 * a tmux server of its own. Tests type with {@link #type}, press keys with {@link #press},
 * resize the window, and watch for files the programs write.
 */
final class TmuxTerminal implements AutoCloseable {
    private final Host host;
    private final String server = "cco-terminal-" + UUID.randomUUID();

    TmuxTerminal(Host host, int columns, int rows) throws Exception {
        this.host = host;
        // tmux runs commands with $SHELL, else the passwd shell, which for nobody (the unprivileged user under root) is nologin.
        host.environment.putIfAbsent("SHELL", "/bin/sh");
        List<String> shell = new ArrayList<>(List.of("env", "-i"));
        host.environment.forEach((name, value) -> shell.add(name + "=" + (name.equals("TERM") ? "xterm-256color" : value)));
        shell.addAll(List.of("PS1=$ ", "bash", "--norc", "--noprofile", "-i"));
        tmux("new-session", "-d", "-s", "main", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-c", host.project.toString(),
                String.join(" ", shell.stream().map(TmuxTerminal::quote).toList()));
        tmux("set-option", "-g", "status", "off");
    }

    void type(String line) throws Exception {
        tmux("send-keys", "-t", "main", "-l", line);
        press("Enter");
    }

    void press(String key) throws Exception {
        tmux("send-keys", "-t", "main", key);
    }

    /** An empty screen and no history, as after 'clear' in a new terminal. */
    void clear() throws Exception {
        type("clear");
        Thread.sleep(300);
        tmux("clear-history", "-t", "main");
    }

    void resize(int columns, int rows) throws Exception {
        tmux("resize-window", "-t", "main", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    String screen() throws Exception {
        return host.run(host.project, null, "tmux", "-L", server, "capture-pane", "-p", "-t", "main").out();
    }

    /** Waits up to 30 s for a file the programs in the terminal write, and returns its content. */
    String await(Path file) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (Files.exists(file) && Files.size(file) > 0) {
                return Files.readString(file);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + file.getFileName() + " after 30 s; the screen:\n" + screen());
    }

    /**
     * Waits up to 30 s for a file the programs in the terminal rewrite until it holds {@code expected},
     * and returns what it last held: an earlier content may be a step on the way.
     */
    String awaitContent(Path file, String expected) throws Exception {
        String content = await(file);
        for (int i = 0; i < 300 && !content.equals(expected); i++) {
            Thread.sleep(100);
            content = Files.readString(file);
        }
        return content;
    }

    /** Waits up to 30 s for the screen to show {@code text}. */
    void awaitScreen(String text) throws Exception {
        awaitScreen(text, 1);
    }

    /** The screen with the lines scrolled off it. */
    String history() throws Exception {
        return host.run(host.project, null, "tmux", "-L", server, "capture-pane", "-p", "-S", "-", "-t", "main").out();
    }

    /** Waits up to 30 s for the screen, or what scrolled off it, to show {@code text} at least {@code times} times. */
    void awaitScreen(String text, int times) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (history().split(Pattern.quote(text), -1).length > times) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not " + times + " times '" + text + "' on the screen after 30 s:\n" + screen());
    }

    private void tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", server));
        command.addAll(List.of(args));
        Host.Result result = host.run(host.project, null, command.toArray(String[]::new));
        assertEquals(0, result.exitCode(), "tmux " + String.join(" ", args) + ": " + result);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() throws IOException {
        try {
            host.run(host.project, null, "tmux", "-L", server, "kill-server");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
