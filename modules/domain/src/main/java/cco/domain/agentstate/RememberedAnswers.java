package cco.domain.agentstate;

import java.util.Map;
import java.util.Set;

/**
 * Answers a user gives Claude Code's first-run questions inside a session (trust this folder, use
 * this API key, accept bypass mode), which the merge-back refuses for the host's file: cco keeps
 * them for its own later sessions of the same project instead, so that they are not asked again.
 * They grant nothing outside cco's sandbox. Kept as JSON member text ({@code "key":value,...}),
 * so that a session's start appends them without a JSON library.
 */
public record RememberedAnswers(String globalMembers, String projectMembers) {
    public static final Set<String> GLOBAL = Set.of("customApiKeyResponses", "bypassPermissionsModeAccepted");
    public static final Set<String> PER_PROJECT = Set.of("hasTrustDialogAccepted");
    /**
     * Claude Code 2.1 keeps the acceptance of bypass mode in the user's settings.json, not in this
     * file: once given in a session, cco gives its later sessions of the same project a
     * settings.json saying so, where the user has none of their own (theirs is read-only inside).
     */
    public static final String BYPASS_SETTING = "skipDangerousModePermissionPrompt";

    public static RememberedAnswers none() {
        return new RememberedAnswers("", "");
    }

    public boolean isEmpty() {
        return globalMembers.isEmpty() && projectMembers.isEmpty();
    }

    /** The answers a session's file holds: those of {@link #GLOBAL}, and of {@link #PER_PROJECT} in {@code project}'s entry. */
    public static Map<String, Map<String, Object>> of(Map<String, Object> session, String project) {
        Map<String, Object> entry = session.get(ClaudeStateMerge.PROJECTS) instanceof Map<?, ?> projects
                && projects.get(project) instanceof Map<?, ?> own ? cast(own) : Map.of();
        return Map.of("global", select(session, GLOBAL), "project", select(entry, PER_PROJECT));
    }

    /** True for a refused change ({@link ClaudeStateMerge}'s name for it) that is one of these answers: kept, not lost. */
    public static boolean covers(String refused, String project) {
        return GLOBAL.contains(refused) || PER_PROJECT.stream()
                .anyMatch(key -> refused.equals(ClaudeStateMerge.PROJECTS + "[" + project + "]." + key));
    }

    private static Map<String, Object> select(Map<String, Object> source, Set<String> keys) {
        Map<String, Object> selected = new java.util.LinkedHashMap<>();
        keys.stream().sorted().filter(source::containsKey).forEach(key -> selected.put(key, source.get(key)));
        return selected;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
