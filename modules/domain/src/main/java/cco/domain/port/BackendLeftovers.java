package cco.domain.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What a backend created for sessions (containers, images) that no session uses any more. */
public interface BackendLeftovers {

    /**
     * Removes them, or with {@code dryRun} only says what it would remove: a line per thing,
     * naming it and why it goes. {@code allImages} also takes the images sessions start from,
     * which the next session then builds again. {@code ending}: the directories of sessions this
     * cleanup finishes (a dry run only says it would), whose containers go with them.
     */
    List<String> cleanUp(boolean dryRun, boolean allImages, Set<Path> ending);
}
