package cco.cli;

import java.nio.file.Path;

/** Renders user-controlled text so that control characters cannot forge lines or terminal escapes. */
final class DisplayText {
    private DisplayText() {
    }

    static String of(Path path) {
        return of(path.toString());
    }

    static String of(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                shown.append("\\\\");
            } else if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isISOControl(c)) {
                shown.append(String.format("\\x%02x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** An argument vector as one line, quoting words a shell would split or that are empty. */
    static String argv(Iterable<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            String shown = of(word);
            boolean plain = !shown.isEmpty() && shown.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,+@%".indexOf(c) >= 0);
            line.append(plain ? shown : "'" + shown.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}
