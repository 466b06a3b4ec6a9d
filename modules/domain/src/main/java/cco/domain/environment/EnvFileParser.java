package cco.domain.environment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a project's .env as data, never as shell: {@code KEY=value}, an optional
 * {@code export}, single quotes taken literally, double quotes with \n, \t, \", \\ escapes,
 * unquoted values up to a {@code #} comment. Nothing is expanded or run. Bad lines are skipped
 * with a warning; files, lines and values over the limits are refused.
 */
public final class EnvFileParser {
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_LINES = 10_000;
    /** The kernel refuses a single environment string longer than this (MAX_ARG_STRLEN). */
    static final int MAX_ENTRY_BYTES = 128 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The variables read, in file order, and one warning per line that was not used. */
    public record Result(Map<String, String> variables, List<String> warnings) {
    }

    private EnvFileParser() {
    }

    public static Result parse(String content) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> variables = new LinkedHashMap<>();
        if (content.length() > MAX_FILE_BYTES) {
            warnings.add(".env is larger than " + MAX_FILE_BYTES + " bytes: ignored");
            return new Result(variables, warnings);
        }
        if (content.indexOf('\0') >= 0) {
            warnings.add(".env contains a NUL byte: ignored");
            return new Result(variables, warnings);
        }
        String[] lines = content.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            warnings.add(".env has more than " + MAX_LINES + " lines: ignored");
            return new Result(variables, warnings);
        }
        for (int i = 0; i < lines.length; i++) {
            parseLine(lines[i].strip(), i + 1, variables, warnings);
        }
        return new Result(variables, warnings);
    }

    private static void parseLine(String line, int number, Map<String, String> variables, List<String> warnings) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("export ")) {
            line = line.substring("export ".length()).stripLeading();
        }
        int equals = line.indexOf('=');
        String name = equals < 0 ? line : line.substring(0, equals).strip();
        if (equals < 0 || !NAME.matcher(name).matches()) {
            warnings.add(".env line " + number + ": not KEY=VALUE: ignored");
            return;
        }
        var refusal = ProjectEnvRules.refusal(name);
        if (refusal.isPresent()) {
            warnings.add(".env line " + number + ": " + name + " refused: " + refusal.get());
            return;
        }
        String value = value(line.substring(equals + 1).strip());
        if (value == null) {
            warnings.add(".env line " + number + ": unterminated quote: ignored");
            return;
        }
        if (name.length() + 1 + value.length() > MAX_ENTRY_BYTES) {
            warnings.add(".env line " + number + ": " + name + " is longer than " + MAX_ENTRY_BYTES + " bytes: ignored");
            return;
        }
        variables.put(name, value);
    }

    /** The value without its quotes, or null when a quote is not closed. */
    private static String value(String raw) {
        if (raw.startsWith("'")) {
            int end = raw.indexOf('\'', 1);
            return end < 0 ? null : raw.substring(1, end);
        }
        if (raw.startsWith("\"")) {
            StringBuilder value = new StringBuilder();
            for (int i = 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && i + 1 < raw.length()) {
                    char next = raw.charAt(++i);
                    value.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> next;
                    });
                } else {
                    value.append(c);
                }
            }
            return null;
        }
        int comment = raw.indexOf(" #");
        return (comment < 0 ? raw : raw.substring(0, comment)).strip();
    }
}
