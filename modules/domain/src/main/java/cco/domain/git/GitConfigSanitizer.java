package cco.domain.git;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Keeps of a repository's git configuration only what is data: its format, remotes, branches
 * and their upstreams, submodules, identity and a few behaviour switches. Every other key goes,
 * because git can run code from many of them (core.fsmonitor, core.hooksPath, core.sshCommand,
 * pagers and editors, filter, diff and merge drivers, aliases, which may pass -c, includes,
 * credential helpers, remote helpers and upload-pack commands...) and a later git version may add
 * more: an allow-list, not a list of the dangerous ones (git-config(1)). It works on the entries
 * as git itself reads them ({@code git config -f FILE --no-includes -l -z}): a second reading of
 * git's syntax (comments, continuations, quoting) would disagree with git's somewhere, and that
 * is where a hidden key would pass. What it keeps it writes back in git's plain syntax.
 * {@code core.worktree} (which a submodule's git directory needs) stays only where the caller
 * finds its target safe.
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
    private static final Set<String> PER_NAME = Set.of("remote", "branch", "submodule");
    /** submodule.*.update may name a command ("!..."); only git's own modes are data. */
    private static final Set<String> SUBMODULE_UPDATE_MODES = Set.of("checkout", "rebase", "merge", "none");

    /** One setting as git lists it: {@code section[.subsection].name}, and its value (null: set without one). */
    public record Entry(String key, String value) {
    }

    /** The configuration to keep, and the keys removed, in file order. */
    public record Result(String kept, List<String> removed) {
    }

    private record Name(String section, String subsection, String name) {
        static Name of(String key) {
            int first = key.indexOf('.');
            int last = key.lastIndexOf('.');
            return new Name(key.substring(0, first).toLowerCase(Locale.ROOT), first == last ? null : key.substring(first + 1, last),
                    key.substring(last + 1).toLowerCase(Locale.ROOT));
        }
    }

    private GitConfigSanitizer() {
    }

    public static Result sanitize(List<Entry> entries, Predicate<String> safeWorktree) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.key().indexOf('.') < 0) {
                removed.add(entry.key());
                continue;
            }
            Name name = Name.of(entry.key());
            if (!allowed(name, entry.value(), safeWorktree) || entry.value() != null && !writable(entry.value())) {
                removed.add(entry.key());
                continue;
            }
            sections.computeIfAbsent(header(name), header -> new StringBuilder())
                    .append('\t').append(name.name()).append(entry.value() == null ? "" : " = " + quote(entry.value())).append('\n');
        }
        StringBuilder kept = new StringBuilder();
        sections.forEach((header, body) -> kept.append(header).append('\n').append(body));
        return new Result(kept.toString(), removed);
    }

    private static boolean allowed(Name name, String value, Predicate<String> safeWorktree) {
        if (name.section().equals("core") && name.subsection() == null && name.name().equals("worktree")) {
            return value != null && safeWorktree.test(value);
        }
        Set<String> keys = ALLOWED.get(name.section());
        if (keys == null || !keys.contains(name.name()) || PER_NAME.contains(name.section()) != (name.subsection() != null)) {
            return false;
        }
        return !(name.section().equals("submodule") && name.name().equals("update"))
                || value != null && SUBMODULE_UPDATE_MODES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static String header(Name name) {
        return name.subsection() == null ? "[" + name.section() + "]" : "[" + name.section() + " " + quote(name.subsection()) + "]";
    }

    /** Only what git's quoting can say: no control character but tab and newline. */
    private static boolean writable(String value) {
        return value.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n');
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
