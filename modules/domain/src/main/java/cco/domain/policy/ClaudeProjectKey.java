package cco.domain.policy;

/**
 * The name Claude Code gives a project's directory under ~/.claude/projects: every UTF-16 unit
 * of the path that is not an ASCII letter or digit becomes '-'; a name longer than 200 units is
 * cut there and followed by '-' and the path's string hash in base 36 (read from Claude Code
 * 2.1's source). It must match, or the session could not see this project's transcripts.
 */
public final class ClaudeProjectKey {
    private static final int MAX_LENGTH = 200;

    private ClaudeProjectKey() {
    }

    public static String of(java.nio.file.Path project) {
        String path = project.toString();
        StringBuilder key = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            key.append(c < 128 && Character.isLetterOrDigit(c) ? c : '-');
        }
        if (key.length() <= MAX_LENGTH) {
            return key.toString();
        }
        // JavaScript's Math.abs of the 32-bit hash, which never overflows.
        return key.substring(0, MAX_LENGTH) + "-" + Long.toString(Math.abs((long) path.hashCode()), 36);
    }
}
