package cco.domain.agentstate;

import java.util.ArrayList;
import java.util.List;

/**
 * The copy of ~/.claude.json a session of one project starts from: the host's text with the
 * {@code projects} object cut down to that project's entry (the others' tool allowlists, MCP
 * servers with their environment and older versions' prompt history are none of its business).
 * It works on the text, since a copy is made at every start, where a JSON library's start-up
 * costs tens of milliseconds; everything else is kept byte for byte. Every top-level
 * {@code projects} member is cut (a parser keeps the last of duplicates). Text that is not a
 * JSON object gives an empty object. Answers cco keeps for its own sessions of this project
 * ({@link RememberedAnswers}: trust, API key and bypass consent) are appended as members, which a
 * JSON parser takes over earlier ones of the same name.
 */
public final class ClaudeStateCopy {
    private static final String EMPTY = "{}";
    private final String json;
    private int position;
    private boolean hasMembers;
    private String projectEntry;

    private ClaudeStateCopy(String json) {
        this.json = json;
    }

    public static String forSession(String hostJson, String project, RememberedAnswers answers) {
        ClaudeStateCopy copy = new ClaudeStateCopy(hostJson);
        String filtered;
        try {
            filtered = copy.filter(project);
        } catch (IllegalArgumentException e) {
            copy = new ClaudeStateCopy(EMPTY);
            filtered = copy.filter(project);
        }
        return answers.isEmpty() ? filtered : copy.withAnswers(filtered, project, answers);
    }

    /** Members appended before the closing brace: the global answers, then a projects object with this project's entry and its answers. */
    private String withAnswers(String filtered, String project, RememberedAnswers answers) {
        List<String> members = new ArrayList<>();
        if (!answers.globalMembers().isEmpty()) {
            members.add(answers.globalMembers());
        }
        if (!answers.projectMembers().isEmpty()) {
            String entry = projectEntry == null || projectEntry.strip().equals(EMPTY) ? "{" + answers.projectMembers() + "}"
                    : projectEntry.substring(0, projectEntry.lastIndexOf('}')) + "," + answers.projectMembers() + "}";
            members.add("\"" + ClaudeStateMerge.PROJECTS + "\":{" + quote(project) + ":" + entry + "}");
        }
        String closing = filtered.substring(0, filtered.lastIndexOf('}'));
        return closing + (hasMembers ? "," : "") + String.join(",", members) + "}";
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private String filter(String project) {
        StringBuilder out = new StringBuilder(json.length());
        skipWhitespace();
        expect('{');
        out.append(json, 0, position);
        int mark = position;
        skipWhitespace();
        if (peek() == '}') {
            next();
            out.append(json, mark, position);
        } else {
            position = mark;
            copyMembers(out, project);
        }
        skipWhitespace();
        if (position != json.length()) {
            throw new IllegalArgumentException("text after the object");
        }
        return out.toString();
    }

    private void copyMembers(StringBuilder out, String project) {
        hasMembers = true;
        while (true) {
            int memberStart = position;
            skipWhitespace();
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (key.equals(ClaudeStateMerge.PROJECTS) && peek() == '{') {
                out.append(json, memberStart, position).append(onlyEntry(project));
            } else {
                skipValue();
                out.append(json, memberStart, position);
            }
            int afterValue = position;
            skipWhitespace();
            char next = next();
            out.append(json, afterValue, position);
            if (next == '}') {
                return;
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected , or } at " + (position - 1));
            }
        }
    }

    /** The projects object at the current position, with only the member named {@code project}. */
    private String onlyEntry(String project) {
        expect('{');
        String kept = "";
        skipWhitespace();
        if (peek() == '}') {
            next();
            return EMPTY;
        }
        while (true) {
            int memberStart = position;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            int valueStart = position;
            skipValue();
            if (key.equals(project)) {
                kept = json.substring(memberStart, position);
                projectEntry = json.substring(valueStart, position);
            }
            skipWhitespace();
            char next = next();
            if (next == '}') {
                return "{" + kept + "}";
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected , or } at " + (position - 1));
            }
            skipWhitespace();
        }
    }

    private void skipValue() {
        char first = peek();
        if (first == '"') {
            string();
        } else if (first == '{' || first == '[') {
            skipNested();
        } else {
            int start = position;
            while (position < json.length() && "-+.0123456789eEtruefalsn".indexOf(json.charAt(position)) >= 0) {
                position++;
            }
            if (position == start) {
                throw new IllegalArgumentException("no value at " + start);
            }
        }
    }

    /** An object or array, with the strings in it, up to its matching close. */
    private void skipNested() {
        int depth = 0;
        do {
            char c = peek();
            if (c == '"') {
                string();
                continue;
            }
            position++;
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        } while (depth > 0);
    }

    /** A string at the current position, decoded. */
    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (position + 4 > json.length()) {
                        throw new IllegalArgumentException("short \\u escape");
                    }
                    value.append((char) Integer.parseInt(json.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> throw new IllegalArgumentException("bad escape at " + position);
            }
        }
    }

    private void skipWhitespace() {
        while (position < json.length() && " \t\r\n".indexOf(json.charAt(position)) >= 0) {
            position++;
        }
    }

    private void expect(char wanted) {
        if (next() != wanted) {
            throw new IllegalArgumentException("expected " + wanted + " at " + (position - 1));
        }
    }

    private char peek() {
        if (position >= json.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return json.charAt(position);
    }

    private char next() {
        char c = peek();
        position++;
        return c;
    }
}
