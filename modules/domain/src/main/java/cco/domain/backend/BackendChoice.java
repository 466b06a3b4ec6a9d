package cco.domain.backend;

import cco.domain.failure.CcoException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the user asked for with {@code --backend}. */
public enum BackendChoice {
    AUTO, NATIVE, DOCKER;

    public static BackendChoice parse(String value) {
        for (BackendChoice choice : values()) {
            if (choice.cliName().equals(value)) {
                return choice;
            }
        }
        throw CcoException.usage("unknown backend '" + value + "' (expected one of: " + names() + ")");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String names() {
        return Arrays.stream(values()).map(BackendChoice::cliName).collect(Collectors.joining(", "));
    }
}
