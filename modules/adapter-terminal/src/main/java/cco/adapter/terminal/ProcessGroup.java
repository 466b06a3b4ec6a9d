package cco.adapter.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A process group of a session, seen through /proc/PID/stat: "PID (COMMAND) STATE PPID PGRP SESSION ...". */
record ProcessGroup(int id, int session) {
    private static final Path PROC = Path.of("/proc");

    /** True when a process of the group is stopped by a signal (state T). */
    boolean anyStopped() {
        return anyMember(state -> state.equals("T"));
    }

    boolean anyMember() {
        return anyMember(state -> true);
    }

    private boolean anyMember(Predicate<String> state) {
        try (Stream<Path> processes = Files.list(PROC)) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .anyMatch(path -> isMember(path.resolve("stat"), state));
        } catch (IOException e) {
            return false;
        }
    }

    /** COMMAND may hold anything, spaces and parentheses included: the fields follow its last ')'. */
    private boolean isMember(Path stat, Predicate<String> state) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException e) {
            return false;
        }
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ", 5);
        return fields.length == 5 && state.test(fields[0]) && fields[2].equals(String.valueOf(id))
                && fields[3].equals(String.valueOf(session));
    }
}
