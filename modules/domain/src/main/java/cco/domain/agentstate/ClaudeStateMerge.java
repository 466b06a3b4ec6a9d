package cco.domain.agentstate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings a session's changes to ~/.claude.json back to the host, except those that would make
 * the host run code or widen trust later: MCP servers, API key helpers and approvals, hooks,
 * environment, permissions, plugins, and per project the MCP approvals, tool allowlist and the
 * trust dialog. Three-way, key by key: only what the session changed is applied, on top of the
 * file as it is now (another Claude may have written it meanwhile). Refused changes are named.
 */
public final class ClaudeStateMerge {
    static final Set<String> PROTECTED = Set.of("mcpServers", "customApiKeyResponses", "apiKeyHelper", "hooks", "env",
            "statusLine", "permissions", "enabledPlugins", "extraKnownMarketplaces", "enableAllProjectMcpServers",
            "enabledMcpjsonServers", "disabledMcpjsonServers", "awsAuthRefresh", "awsCredentialExport");
    static final Set<String> PROTECTED_PER_PROJECT = Set.of("mcpServers", "enabledMcpjsonServers", "disabledMcpjsonServers",
            "enableAllProjectMcpServers", "hasTrustDialogAccepted", "allowedTools", "mcpContextUris");
    private static final String PROJECTS = "projects";

    /** The file to write, and the changes that were not applied. */
    public record Result(Map<String, Object> merged, List<String> refused) {
    }

    private ClaudeStateMerge() {
    }

    public static Result merge(Map<String, Object> original, Map<String, Object> session, Map<String, Object> current) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        List<String> refused = new ArrayList<>();
        for (String key : union(original, session)) {
            Object before = original.get(key);
            Object after = session.get(key);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (PROTECTED.contains(key)) {
                refused.add(key);
            } else if (key.equals(PROJECTS)) {
                // Only a map of projects is merged, entry by entry; anything else could carry
                // a later session's per-project trust past the checks in one piece.
                if (isMap(before, after)) {
                    merged.put(PROJECTS, mergeProjects(asMap(before), asMap(after), asMap(current.get(PROJECTS)), refused));
                } else {
                    refused.add(PROJECTS);
                }
            } else if (session.containsKey(key)) {
                merged.put(key, after);
            } else {
                merged.remove(key);
            }
        }
        return new Result(merged, refused);
    }

    private static Map<String, Object> mergeProjects(Map<String, Object> original, Map<String, Object> session,
            Map<String, Object> current, List<String> refused) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        for (String project : union(original, session)) {
            Object before = original.get(project);
            Object after = session.get(project);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (!session.containsKey(project)) {
                merged.remove(project);
                continue;
            }
            Map<String, Object> beforeProject = asMap(before);
            Map<String, Object> afterProject = asMap(after);
            Map<String, Object> mergedProject = new LinkedHashMap<>(asMap(current.get(project)));
            for (String key : union(beforeProject, afterProject)) {
                if (Objects.equals(beforeProject.get(key), afterProject.get(key))) {
                    continue;
                }
                if (PROTECTED_PER_PROJECT.contains(key)) {
                    refused.add(PROJECTS + "[" + project + "]." + key);
                } else if (afterProject.containsKey(key)) {
                    mergedProject.put(key, afterProject.get(key));
                } else {
                    mergedProject.remove(key);
                }
            }
            merged.put(project, mergedProject);
        }
        return merged;
    }

    private static boolean isMap(Object before, Object after) {
        return (before == null || before instanceof Map<?, ?>) && (after == null || after instanceof Map<?, ?>);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Set<String> union(Map<String, Object> first, Map<String, Object> second) {
        Set<String> keys = new LinkedHashSet<>(first.keySet());
        keys.addAll(second.keySet());
        return keys;
    }
}
