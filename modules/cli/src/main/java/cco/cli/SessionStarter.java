package cco.cli;

import cco.domain.backend.BackendSelection;
import cco.domain.backend.Rejection;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.session.SessionPlan;
import cco.domain.session.SessionRequest;
import java.util.stream.Collectors;

/** Plans a session and either reports it (--dry-run) or starts it on the chosen backend. */
final class SessionStarter {
    private final CompositionRoot root;

    SessionStarter(CompositionRoot root) {
        this.root = root;
    }

    int start(SessionRequest request, boolean dryRun) {
        SessionPlan plan = root.sessionPlanner().plan(request, root.sessionLocations());
        if (dryRun) {
            DryRunReport.print(plan, root.host().out());
            return plan.backend() instanceof BackendSelection.NoneUsable ? ExitCodes.SANDBOX_UNAVAILABLE : ExitCodes.OK;
        }
        switch (plan.backend()) {
            case BackendSelection.NoneUsable none -> throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE,
                    "no sandbox backend is usable (--backend " + none.choice().cliName() + "): " + describe(none));
            case BackendSelection.Selected selected -> {
                if (selected.fellBack()) {
                    root.host().err().println("cco: " + describe(selected) + "; using " + selected.kind().displayName());
                }
                throw new CcoException(FailureKind.NOT_BUILT, "the " + selected.kind().displayName()
                        + " backend is not built in this version yet (cco --dry-run shows the policy it will apply)");
            }
        }
    }

    private static String describe(BackendSelection selection) {
        return selection.rejected().stream().map(Rejection::describe).map(DisplayText::of).collect(Collectors.joining("; "));
    }
}
