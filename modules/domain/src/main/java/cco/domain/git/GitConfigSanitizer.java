package cco.domain.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps of a repository's git configuration only what is data: its format, remotes, branches
 * and their upstreams, submodules, identity and a few behaviour switches. Every other key goes,
 * because git can run code from many of them (core.fsmonitor, core.hooksPath, core.sshCommand,
 * pagers and editors, filter, diff and merge drivers, aliases, which may pass -c, includes,
 * credential helpers, remote helpers and upload-pack commands, core.worktree...) and a later git
 * version may add more: an allow-list, not a list of the dangerous ones (git-config(1)).
 * A line it cannot read is dropped too. Comments and section headers stay. {@code core.worktree}
 * (which a submodule's git directory needs) stays only where the caller finds its target safe.
 */
public final class GitConfigSanitizer {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("core", Set.of("repositoryformatversion", "filemode", "bare", "logallrefupdates", "ignorecase", "precomposeunicode",
                    "symlinks", "autocrlf", "eol", "safecrlf", "quotepath", "compression", "loosecompression", "abbrev", "checkstat",
                    "trustctime", "untrackedcache", "splitindex", "sparsecheckout", "sparsecheckoutcone", "commentchar")),
            Map.entry("extensions", Set.of("objectformat", "worktreeconfig", "refstorage", "partialclone", "preciousobjects", "noop")),
            Map.entry("remote", Set.of("url", "pushurl", "fetch", "push", "mirror", "tagopt", "prune", "prunetags", "skipdefaultupdate",
                    "skipfetchall", "promisor", "partialclonefilter")),
            Map.entry("branch", Set.of("remote", "merge", "rebase", "pushremote", "description")),
            Map.entry("submodule", Set.of("url", "active", "branch", "fetchrecursesubmodules", "ignore", "shallow", "update")),
            Map.entry("user", Set.of("name", "email", "signingkey")),
            Map.entry("init", Set.of("defaultbranch")),
            Map.entry("pull", Set.of("rebase", "ff")),
            Map.entry("push", Set.of("default", "autosetupremote", "followtags")),
            Map.entry("fetch", Set.of("prune", "prunetags")),
            Map.entry("merge", Set.of("ff", "conflictstyle")),
            Map.entry("commit", Set.of("verbose", "cleanup")),
            Map.entry("status", Set.of("showuntrackedfiles", "submodulesummary")),
            Map.entry("lfs", Set.of("repositoryformatversion")),
            Map.entry("gc", Set.of("auto", "autodetach")),
            Map.entry("rerere", Set.of("enabled", "autoupdate")),
            Map.entry("worktree", Set.of("guessremote")),
            Map.entry("i18n", Set.of("commitencoding", "logoutputencoding")));
    /** submodule.*.update may name a command ("!..."); only git's own modes are data. */
    private static final Set<String> SUBMODULE_UPDATE_MODES = Set.of("checkout", "rebase", "merge", "none");
    private static final Pattern HEADER = Pattern.compile("\\s*\\[\\s*([A-Za-z0-9.-]+)(?:\\s+\"((?:[^\"\\\\\\n]|\\\\.)*)\")?\\s*\\](.*)");
    private static final Pattern ENTRY = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9-]*)\\s*(?:=\\s*(.*))?");

    /** The configuration to keep, and the keys removed ("section.subsection.key"), in file order. */
    public record Result(String kept, List<String> removed) {
    }

    private GitConfigSanitizer() {
    }

    public static Result sanitize(String config, Predicate<String> safeWorktree) {
        StringBuilder kept = new StringBuilder();
        List<String> removed = new ArrayList<>();
        String section = null;
        String subsection = null;
        List<String> lines = logicalLines(config);
        for (String line : lines) {
            String body = line.strip();
            if (body.isEmpty() || body.startsWith("#") || body.startsWith(";")) {
                kept.append(line).append('\n');
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                section = header.group(1).toLowerCase(Locale.ROOT);
                subsection = header.group(2);
                int dot = section.indexOf('.');
                if (subsection == null && dot >= 0) {
                    subsection = section.substring(dot + 1);
                    section = section.substring(0, dot);
                }
                kept.append(line, 0, header.start(3)).append('\n');
                body = header.group(3).strip();
                if (body.isEmpty() || body.startsWith("#") || body.startsWith(";")) {
                    continue;
                }
                line = body;
            }
            Matcher entry = ENTRY.matcher(line.replace("\\\n", " "));
            String name = entry.matches() ? entry.group(1).toLowerCase(Locale.ROOT) : null;
            if (section != null && name != null && (allowed(section, subsection, name, entry.group(2))
                    || section.equals("core") && subsection == null && name.equals("worktree") && entry.group(2) != null
                    && safeWorktree.test(entry.group(2).strip()))) {
                kept.append(line).append('\n');
            } else {
                removed.add(describe(section, subsection, name == null ? line.strip() : name));
            }
        }
        return new Result(kept.toString(), removed);
    }

    private static boolean allowed(String section, String subsection, String name, String value) {
        Set<String> keys = ALLOWED.get(section);
        if (keys == null || !keys.contains(name)) {
            return false;
        }
        boolean perName = Set.of("remote", "branch", "submodule").contains(section);
        if (perName != (subsection != null)) {
            return false;
        }
        return !(section.equals("submodule") && name.equals("update"))
                || value != null && SUBMODULE_UPDATE_MODES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static String describe(String section, String subsection, String name) {
        return (section == null ? "" : section + ".") + (subsection == null ? "" : subsection + ".") + name;
    }

    /** Physical lines, with a line that ends in an unescaped backslash joined to the next (git's continuation). */
    private static List<String> logicalLines(String config) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String physical : config.split("\n", -1)) {
            current.append(physical);
            if (endsInContinuation(physical)) {
                current.append('\n');
                continue;
            }
            lines.add(current.toString());
            current.setLength(0);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    private static boolean endsInContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
