package cco.domain.agentstate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings a session's changes to ~/.claude.json back to the host, and only the harmless ones: an
 * allow-list of counters, tips, onboarding and release-note markers and display preferences, and
 * in this project's entry its statistics and onboarding; migration markers and the record of the
 * official plugin marketplace's installation. Everything else Claude Code reads there
 * can make the host run code, widen trust or change accounts (MCP servers, approvals, API keys
 * and helpers, bypass and remote-control consent, approval of CLAUDE.md includes from outside
 * the project, auto-updates, feature caches), and so can any key a later version adds: such a
 * change is refused and named. A refused change to an empty value (a new project's
 * {@code hasTrustDialogAccepted: false}) grants nothing and is dropped silently. Three-way,
 * key by key: only what the session changed is applied, on top of the file as it is now, and a
 * key the host changed meanwhile keeps the host's value.
 * Names from Claude Code 2.1's source; the system tests check them against the installed CLI.
 */
public final class ClaudeStateMerge {
    public static final Set<String> HARMLESS = Set.of(
            "numStartups", "firstStartTime", "userID", "tipsHistory", "tipLifetimeShownCounts", "memoryUsageCount", "promptQueueUseCount", "btwUseCount",
            "queuedCommandUpHintCount", "hasSeenTasksHint", "hasUsedStash", "hasUsedBackgroundTask", "hasUsedBackslashReturn",
            "hasCompletedOnboarding", "lastOnboardingVersion", "lastReleaseNotesSeen", "changelogLastFetched", "cachedChangelog",
            "subscriptionNoticeCount", "hasAvailableSubscription", "remoteDialogSeen", "seenNotifications", "machineID",
            "migrationVersion", "opusProMigrationComplete", "sonnet1m45MigrationComplete",
            // Whether the official plugin marketplace was installed: remembering an attempt never installs anything.
            "officialMarketplaceAutoInstalled", "officialMarketplaceAutoInstallAttempted", "officialMarketplaceAutoInstallFailReason",
            "officialMarketplaceAutoInstallRetryCount", "officialMarketplaceAutoInstallLastAttemptTime",
            "officialMarketplaceAutoInstallNextRetryTime",
            "theme", "verbose", "preferredNotifChannel", "editorMode", "autoCompactEnabled", "autoScrollEnabled", "showTurnDuration",
            "showMessageTimestamps", "diffTool", "todoFeatureEnabled", "showExpandedTodos", "briefTranscript", "diffSidebarOpen",
            "messageIdleNotifThresholdMs", "terminalProgressBarEnabled", "showStatusInTerminalTab", "taskCompleteNotifEnabled",
            "inputNeededNotifEnabled", "copyFullResponse", "copyOnSelect", "leftArrowOpensAgents", "defaultToAgentsView",
            "permissionExplainerEnabled");
    public static final Set<String> HARMLESS_PER_PROJECT = Set.of(
            "lastCost", "lastAPIDuration", "lastAPIDurationWithoutRetries", "lastToolDuration", "lastDuration", "lastLinesAdded",
            "lastLinesRemoved", "lastTotalInputTokens", "lastTotalOutputTokens", "lastTotalCacheCreationInputTokens",
            "lastTotalCacheReadInputTokens", "lastTotalWebSearchRequests", "lastFpsAverage", "lastFpsLow1Pct", "lastGracefulShutdown",
            "lastVersionBase", "lastModelUsage", "lastSessionId", "lastSessionMetrics", "projectOnboardingSeenCount",
            "hasCompletedProjectOnboarding", "exampleFiles", "exampleFilesGeneratedAt");
    public static final String PROJECTS = "projects";

    /** The file to write, and the changes that were not applied. */
    public record Result(Map<String, Object> merged, List<String> refused) {
    }

    private ClaudeStateMerge() {
    }

    public static Result merge(Map<String, Object> original, Map<String, Object> session, Map<String, Object> current, String project) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        List<String> refused = new ArrayList<>();
        for (String key : union(original, session)) {
            Object before = original.get(key);
            Object after = session.get(key);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (key.equals(PROJECTS)) {
                mergeProject(original, session, merged, project, refused);
            } else if (HARMLESS.contains(key)) {
                applyUnlessTheHostChangedIt(merged, key, before, session);
            } else if (grants(before, after)) {
                refused.add(key);
            }
        }
        return new Result(merged, refused);
    }

    /** Only this project's entry, key by key; any other project a session adds or changes is refused. */
    private static void mergeProject(Map<String, Object> original, Map<String, Object> session, Map<String, Object> merged,
            String project, List<String> refused) {
        Map<String, Object> beforeProjects = asMap(original.get(PROJECTS));
        Map<String, Object> afterProjects = asMap(session.get(PROJECTS));
        if (!isMapOrAbsent(session.get(PROJECTS))) {
            refused.add(PROJECTS);
            return;
        }
        for (String other : union(beforeProjects, afterProjects)) {
            if (!other.equals(project) && !Objects.equals(beforeProjects.get(other), afterProjects.get(other))) {
                refused.add(PROJECTS + "[" + other + "]");
            }
        }
        Object beforeEntry = beforeProjects.get(project);
        Object afterEntry = afterProjects.get(project);
        if (Objects.equals(beforeEntry, afterEntry)) {
            return;
        }
        String name = PROJECTS + "[" + project + "]";
        if (!isMapOrAbsent(afterEntry)) {
            refused.add(name);
            return;
        }
        Map<String, Object> before = asMap(beforeEntry);
        Map<String, Object> after = asMap(afterEntry);
        Map<String, Object> currentProjects = new LinkedHashMap<>(asMap(merged.get(PROJECTS)));
        Map<String, Object> entry = new LinkedHashMap<>(asMap(currentProjects.get(project)));
        for (String key : union(before, after)) {
            if (Objects.equals(before.get(key), after.get(key))) {
                continue;
            }
            if (HARMLESS_PER_PROJECT.contains(key)) {
                applyUnlessTheHostChangedIt(entry, key, before.get(key), after);
            } else if (grants(before.get(key), after.get(key))) {
                refused.add(name + "." + key);
            }
        }
        if (!entry.isEmpty() || currentProjects.containsKey(project)) {
            currentProjects.put(project, entry);
            merged.put(PROJECTS, currentProjects);
        }
    }

    /**
     * A key the host changed too while the session ran keeps the host's value; in a map (the tips
     * seen), entry by entry, so that sessions ending together each add theirs.
     */
    private static void applyUnlessTheHostChangedIt(Map<String, Object> target, String key, Object before, Map<String, Object> source) {
        Object current = target.get(key);
        Object after = source.get(key);
        if (before instanceof Map<?, ?> && after instanceof Map<?, ?> && current instanceof Map<?, ?>) {
            Map<String, Object> merged = new LinkedHashMap<>(asMap(current));
            for (String entry : union(asMap(before), asMap(after))) {
                if (!Objects.equals(asMap(before).get(entry), asMap(after).get(entry))) {
                    applyUnlessTheHostChangedIt(merged, entry, asMap(before).get(entry), asMap(after));
                }
            }
            target.put(key, merged);
            return;
        }
        if (!Objects.equals(current, before)) {
            return;
        }
        if (source.containsKey(key)) {
            target.put(key, after);
        } else {
            target.remove(key);
        }
    }

    /** A change from nothing to nothing (absent, false, empty) grants nothing, so refusing it needs no word. */
    private static boolean grants(Object before, Object after) {
        return !(isEmpty(before) && isEmpty(after));
    }

    private static boolean isEmpty(Object value) {
        return value == null || Boolean.FALSE.equals(value)
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }

    private static boolean isMapOrAbsent(Object value) {
        return value == null || value instanceof Map<?, ?>;
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
