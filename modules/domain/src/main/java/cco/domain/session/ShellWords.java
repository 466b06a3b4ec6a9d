package cco.domain.session;

import cco.domain.failure.CcoException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell would, without evaluating anything: blanks
 * separate words, single quotes keep everything, double quotes keep everything but a backslash
 * before {@code "}, {@code \}, {@code $} or {@code `}, and a backslash outside quotes keeps the next
 * character. No variables, globs or substitutions: {@code $HOME} stays those five characters.
 */
public final class ShellWords {
    private ShellWords() {
    }

    /** @param source names the setting in the error message ("--claude-command") */
    public static List<String> split(String line, String source) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\') {
                    if (++i == line.length()) {
                        throw CcoException.usage(source + ": the command line ends with a backslash");
                    }
                    word.append(line.charAt(i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw CcoException.usage(source + ": unterminated " + quote + " in the command line");
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty() || words.getFirst().isEmpty()) {
            throw CcoException.usage(source + ": no command given");
        }
        return List.copyOf(words);
    }
}
