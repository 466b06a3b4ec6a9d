package cco.adapter.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Process states from /proc/PID/stat: "PID (COMMAND) STATE PPID PGRP ...", COMMAND may hold anything. */
final class ProcessGroups {
    private static final Path PROC = Path.of("/proc");

    private ProcessGroups() {
    }

    /** True when a process of {@code group} is stopped by a signal (state T). */
    static boolean anyStopped(int group) {
        try (Stream<Path> processes = Files.list(PROC)) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .anyMatch(path -> isStoppedMember(path.resolve("stat"), group));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isStoppedMember(Path stat, int group) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException e) {
            return false;
        }
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ", 4);
        return fields.length == 4 && fields[0].equals("T") && fields[2].equals(String.valueOf(group));
    }
}
