package cco.cli;

import cco.domain.credentials.CredentialRefresh;
import cco.domain.backend.BackendSelection;
import cco.domain.backend.Rejection;
import cco.domain.config.EffectiveSettings;
import cco.domain.launch.Launch;
import cco.domain.launch.Placeholder;
import cco.domain.policy.CacheView;
import cco.domain.policy.PathRule;
import cco.domain.session.SessionPlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The effective policy of a planned session and the exact backend invocation: what --dry-run prints. */
final class DryRunReport {
    private DryRunReport() {
    }

    static void print(SessionPlan plan, Optional<Launch> invocation, boolean privateTerminal, List<EffectiveSettings.Origin> settings, PrintWriter out) {
        out.println("cco dry run: nothing was started");
        report(plan, invocation, privateTerminal, settings, out);
    }

    /** --debug: the same decisions, as the session is about to start, on stderr, each line marked. */
    static void debug(SessionPlan plan, Launch launch, boolean privateTerminal, List<EffectiveSettings.Origin> settings, PrintWriter err) {
        StringWriter report = new StringWriter();
        report(plan, Optional.of(launch), privateTerminal, settings, new PrintWriter(report));
        report.toString().lines().forEach(line -> err.println("cco: debug: " + line));
        err.flush();
    }

    private static void report(SessionPlan plan, Optional<Launch> invocation, boolean privateTerminal, List<EffectiveSettings.Origin> settings,
            PrintWriter out) {
        out.println("settings (where each came from):");
        for (EffectiveSettings.Origin origin : settings) {
            out.println("  " + origin.setting() + " " + DisplayText.of(origin.value()) + "  (" + DisplayText.of(origin.layer()) + ")");
        }
        out.println("agent:       " + DisplayText.argv(plan.agentArgv())
                + (plan.agentMissing() ? "  (not found on PATH)" : ""));
        printBackend(plan, out);
        out.println("network:     " + plan.request().network().description());
        out.println("policy (the most specific path wins; anything not listed is denied):");
        List<PathRule> rules = plan.policy().effectiveRules();
        int width = rules.stream().mapToInt(rule -> DisplayText.of(rule.path()).length()).max().orElse(1);
        for (PathRule rule : rules) {
            out.printf("  %-10s  %-" + width + "s  %s%s%n", rule.access().label(), DisplayText.of(rule.path()),
                    rule.origin().description(), rule.mayBeMissing() ? ", even if missing" : "");
        }
        for (CacheView cache : plan.caches()) {
            out.println("cache:       " + DisplayText.of(cache.path()) + "  (" + cache.toolchain() + "; writes go to " + DisplayText.of(cache.store())
                    + ", never to the host's copy)");
        }
        out.println("environment: " + String.join(" ", plan.environment().keySet()) + "  (values not shown)");
        out.println("credentials: " + CredentialRefresh.ownerFor(plan.request().agent().state())
                .map(owner -> plan.request().allowOauthRefresh()
                        ? owner.displayName() + "'s: a private copy in the session; a token it refreshes is written back afterwards if valid, "
                                + "of the same account and newer (--allow-oauth-refresh)"
                        : owner.displayName() + "'s: read-only; a token it refreshes lasts the session only (--allow-oauth-refresh keeps it)")
                .orElse("none of an agent's (--command)"));
        out.println("terminal:    " + (privateTerminal
                ? "a private pseudo-terminal relayed by cco (--pty), when stdin and stdout are terminals"
                : "yours, handed to the agent"));
        invocation.ifPresentOrElse(launch -> {
            for (Placeholder placeholder : launch.aftermath().standIns()) {
                out.println("stand-in:    " + DisplayText.of(placeholder.path()) + (placeholder.directory() ? "/" : "")
                        + "  (created for the session, removed after it if unchanged)");
            }
            for (Path watched : launch.aftermath().watched()) {
                out.println("watched:     " + DisplayText.of(watched) + "  (moved into cco's quarantine if the session creates it)");
            }
            out.println("invocation:  " + DisplayText.argv(launch.invocation()));
        }, () -> out.println("invocation:  " + unavailable(plan)));
    }

    private static void printBackend(SessionPlan plan, PrintWriter out) {
        switch (plan.backend()) {
            case BackendSelection.Selected selected -> out.println("backend:     " + selected.kind().displayName()
                    + " [" + DisplayText.of(selected.detail()) + "], requested " + plan.request().backend().cliName());
            case BackendSelection.NoneUsable none -> out.println("backend:     none usable for --backend " + none.choice().cliName());
        }
        for (Rejection rejection : plan.backend().rejected()) {
            out.println("  rejected   " + DisplayText.of(rejection.describe()));
        }
    }

    private static String unavailable(SessionPlan plan) {
        return switch (plan.backend()) {
            case BackendSelection.Selected selected -> "not available: the " + selected.kind().displayName()
                    + " backend is not built in this version yet";
            case BackendSelection.NoneUsable none -> "none: no backend can isolate this session here";
        };
    }
}
