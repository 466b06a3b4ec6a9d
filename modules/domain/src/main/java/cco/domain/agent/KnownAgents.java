package cco.domain.agent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every agent cco runs by name, with what each gets (README.md has the table). The flags were
 * read from each CLI's own --help: Claude Code 2.1, Codex 0.171, Gemini CLI 0.61, OpenCode 1.18,
 * Pi 0.73. Droid's interactive mode has no autonomy flag (its level is a setting) and Oh My Pi,
 * Pi and Droid bring no sandbox of their own, so cco adds nothing for them.
 */
public final class KnownAgents {
    /** Provider keys the multi-provider agents read. */
    private static final Set<String> PROVIDER_KEYS = Set.of("GEMINI_API_KEY", "GOOGLE_API_KEY", "OPENROUTER_API_KEY", "GROQ_API_KEY",
            "DEEPSEEK_API_KEY", "XAI_API_KEY", "MISTRAL_API_KEY", "CEREBRAS_API_KEY", "MOONSHOT_API_KEY", "KIMI_API_KEY", "ZAI_API_KEY",
            "FIREWORKS_API_KEY", "AI_GATEWAY_API_KEY", "OPENCODE_API_KEY");
    private static final String CLAUDE_BYPASS = "--dangerously-skip-permissions";
    private static final String CODEX_BYPASS = "--dangerously-bypass-approvals-and-sandbox";
    private static final Set<String> PI_CONFIGURATION = Set.of("settings.json", "models.json", "keybindings.json", "AGENTS.md", "SYSTEM.md",
            "APPEND_SYSTEM.md", "extensions", "skills", "prompts", "themes", "tools", "agents", "bin");

    public static final AgentProfile CLAUDE = new AgentProfile("claude", "Claude Code (the default agent)",
            new ArgumentPolicy(List.of(CLAUDE_BYPASS), List.of("--permission-mode", "auto"),
                    Set.of("--permission-mode", CLAUDE_BYPASS, "--allow-dangerously-skip-permissions"), List.of(), Set.of()),
            List.of(AgentDirectory.of(DirectoryLocation.movedBy("CLAUDE_CONFIG_DIR", ".claude"),
                    Set.of("settings.json", "settings.local.json", "CLAUDE.md", "commands", "agents", "skills", "plugins", "output-styles",
                            "hooks", "rules", "themes", "keybindings.json", "local"),
                    Set.of(".credentials.json"))),
            Set.of(), List.of("ANTHROPIC_", "CLAUDE_CODE_"), Map.of(), true);

    public static final AgentProfile CODEX = new AgentProfile("codex", "OpenAI Codex CLI",
            new ArgumentPolicy(List.of(CODEX_BYPASS), List.of("--ask-for-approval", "on-request"),
                    Set.of("-a", "--ask-for-approval", "--full-auto", "--approve-for-me", CODEX_BYPASS, "--yolo"),
                    List.of("--sandbox", "danger-full-access"), Set.of("-s", "--sandbox", CODEX_BYPASS, "--yolo")),
            List.of(AgentDirectory.of(DirectoryLocation.movedBy("CODEX_HOME", ".codex"),
                    Set.of("config.toml", "AGENTS.md", "AGENTS.override.md", "prompts", "rules", "skills"), Set.of("auth.json"))),
            Set.of(), List.of("OPENAI_", "CODEX_"), Map.of(), true);

    public static final AgentProfile GEMINI = new AgentProfile("gemini", "Google Gemini CLI",
            new ArgumentPolicy(List.of("--yolo"), List.of("--approval-mode", "auto_edit"), Set.of("-y", "--yolo", "--approval-mode"),
                    List.of(), Set.of()),
            List.of(AgentDirectory.of(DirectoryLocation.below("GEMINI_CLI_HOME", "", ".gemini"),
                    Set.of("settings.json", "GEMINI.md", "AGENTS.md", "system.md", ".env", "commands", "extensions", "policies", "skills",
                            "agents", "hooks", "trustedFolders.json", "trusted_hooks.json"),
                    Set.of("oauth_creds.json", "mcp-oauth-tokens.json", "gemini-credentials.json", "google_accounts.json"))),
            Set.of("GOOGLE_API_KEY", "GOOGLE_CLOUD_PROJECT", "GOOGLE_CLOUD_LOCATION", "GOOGLE_APPLICATION_CREDENTIALS"),
            List.of("GEMINI_", "GOOGLE_GENAI_"),
            // Gemini CLI would otherwise start its own container or seatbelt sandbox where its settings or $GEMINI_SANDBOX ask for one.
            Map.of("GEMINI_SANDBOX", "false"), false);

    public static final AgentProfile OPENCODE = new AgentProfile("opencode", "OpenCode",
            new ArgumentPolicy(List.of("--auto"), List.of(), Set.of("--auto"), List.of(), Set.of()),
            List.of(AgentDirectory.of(DirectoryLocation.below("XDG_CONFIG_HOME", ".config", "opencode"),
                            Set.of("opencode.json", "opencode.jsonc", "config.json", "AGENTS.md", "package.json", "node_modules", "plugin",
                                    "plugins", "agent", "agents", "command", "commands", "mode", "modes", "tool", "tools", "skill",
                                    "skills", "themes"),
                            Set.of()),
                    AgentDirectory.of(DirectoryLocation.below("XDG_DATA_HOME", ".local/share", "opencode"), Set.of("bin"),
                            Set.of("auth.json", "mcp-auth.json")),
                    AgentDirectory.stateOnly(DirectoryLocation.below("XDG_CACHE_HOME", ".cache", "opencode")),
                    AgentDirectory.stateOnly(DirectoryLocation.below("XDG_STATE_HOME", ".local/state", "opencode")),
                    AgentDirectory.installation(DirectoryLocation.inHome(".opencode"), Set.of("bin", "opencode.json", "opencode.jsonc"))),
            PROVIDER_KEYS, List.of("OPENCODE_"), Map.of(), false);

    public static final AgentProfile DROID = new AgentProfile("droid", "Factory Droid", ArgumentPolicy.none(),
            List.of(AgentDirectory.of(DirectoryLocation.inHome(".factory"),
                    Set.of("settings.json", "settings.local.json", "config.json", "mcp.json", "AGENTS.md", "hooks", "droids", "commands",
                            "skills", "bin"),
                    Set.of("auth.json"))),
            Set.of(), List.of("FACTORY_"), Map.of(), false);

    public static final AgentProfile PI = new AgentProfile("pi", "Pi coding agent", ArgumentPolicy.none(),
            List.of(AgentDirectory.of(DirectoryLocation.movedBy("PI_CODING_AGENT_DIR", ".pi/agent"), PI_CONFIGURATION, Set.of("auth.json"))),
            PROVIDER_KEYS, List.of("PI_"), Map.of(), false);

    public static final AgentProfile OMP = new AgentProfile("omp", "Oh My Pi", ArgumentPolicy.none(),
            // Pi's layout, below agent/ or (not seen on a real install here) at the top.
            List.of(AgentDirectory.of(DirectoryLocation.namedInHome("PI_CONFIG_DIR", ".omp"),
                            Stream.concat(PI_CONFIGURATION.stream().map(name -> "agent/" + name), PI_CONFIGURATION.stream())
                                    .collect(Collectors.toSet()),
                            Set.of("auth.json", "agent/auth.json")),
                    AgentDirectory.stateOnly(DirectoryLocation.below("XDG_DATA_HOME", ".local/share", "omp")),
                    AgentDirectory.stateOnly(DirectoryLocation.below("XDG_STATE_HOME", ".local/state", "omp")),
                    AgentDirectory.stateOnly(DirectoryLocation.below("XDG_CACHE_HOME", ".cache", "omp"))),
            PROVIDER_KEYS, List.of("PI_", "OMP_"), Map.of(), false);

    public static final List<AgentProfile> ALL = List.of(CLAUDE, CODEX, GEMINI, OPENCODE, DROID, PI, OMP);

    private KnownAgents() {
    }

    public static Optional<AgentProfile> named(String name) {
        return ALL.stream().filter(agent -> agent.name().equals(name)).findFirst();
    }

    /** The variables that move some agent's directory, each with how its value is typed. */
    public static Map<String, DirectoryLocation> movingVariables() {
        Map<String, DirectoryLocation> variables = new TreeMap<>();
        ALL.stream().flatMap(agent -> agent.directories().stream()).map(AgentDirectory::location)
                .forEach(location -> location.variable().ifPresent(variable -> variables.putIfAbsent(variable, location)));
        return variables;
    }

    public static boolean passes(String variable) {
        return ALL.stream().anyMatch(agent -> agent.passes(variable));
    }
}
