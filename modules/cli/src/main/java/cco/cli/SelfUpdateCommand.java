package cco.cli;

import cco.domain.failure.CcoException;
import cco.domain.update.SelfUpdate;
import cco.domain.update.UpdateSource;
import java.io.PrintWriter;
import java.util.Optional;

/** cco self-update [--from SOURCE] and cco self-update --rollback: one "cco: " line per step. */
final class SelfUpdateCommand {
    /** Until the configuration file has a key for it. */
    static final String SOURCE_VARIABLE = "CCO_UPDATE_SOURCE";

    private final CompositionRoot root;

    SelfUpdateCommand(CompositionRoot root) {
        this.root = root;
    }

    int run(Optional<String> from, boolean rollback) {
        PrintWriter out = root.host().out();
        SelfUpdate selfUpdate = root.selfUpdate(line -> out.println("cco: " + DisplayText.of(line)));
        if (rollback) {
            if (from.isPresent()) {
                throw CcoException.usage("self-update: --rollback goes back to the installed previous version; it takes no --from");
            }
            out.println("cco: " + DisplayText.of(selfUpdate.rollback()));
            return ExitCodes.OK;
        }
        String source = from.or(() -> Optional.ofNullable(root.host().environment().get(SOURCE_VARIABLE)).filter(value -> !value.isEmpty()))
                .orElseThrow(() -> CcoException.usage("self-update: no update source; pass --from SOURCE or set " + SOURCE_VARIABLE));
        out.println("cco: " + DisplayText.of(selfUpdate.update(UpdateSource.parse(source,
                path -> root.pathResolver().existing(path, "self-update source")))));
        return ExitCodes.OK;
    }
}
