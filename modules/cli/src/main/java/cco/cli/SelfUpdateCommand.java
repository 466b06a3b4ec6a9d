package cco.cli;

import cco.domain.config.EffectiveSettings;
import cco.domain.config.SettingsLayer;
import cco.domain.failure.CcoException;
import cco.domain.update.SelfUpdate;
import cco.domain.update.UpdateSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * cco self-update [--from SOURCE] and cco self-update --rollback: one "cco: " line per step. The
 * source comes from --from, else CCO_UPDATE_SOURCE, else the user's configuration (updateSource);
 * the key releases must be signed by, if any, from CCO_UPDATE_KEY, else the configuration (updateKey).
 */
final class SelfUpdateCommand {
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
        EffectiveSettings settings = root.configurationFiles().settings(SettingsLayer.empty("command line").withUpdateSource(from), false);
        String source = settings.updateSource()
                .orElseThrow(() -> CcoException.usage("self-update: no update source; pass --from SOURCE, set CCO_UPDATE_SOURCE, "
                        + "or add \"updateSource\" to your configuration"));
        Optional<Path> updateKey = settings.updateKey().map(key -> root.pathResolver().possiblyMissing(key, "update key"));
        out.println("cco: " + DisplayText.of(selfUpdate.update(UpdateSource.parse(source,
                path -> root.pathResolver().existing(path, "self-update source"), from.isPresent()), updateKey)));
        return ExitCodes.OK;
    }
}
