package cco.domain.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * What a session leaves to be dealt with when it ends: the stand-ins it created (removed once no
 * running session uses them), the protected paths it may create (quarantined if it did), the
 * writable roots whose repositories it may have created or changed (audited), and its private
 * copies of agent state (merged back).
 */
public record Aftermath(List<Placeholder> standIns, List<Path> watched, List<Path> auditedRoots, List<PrivateCopy> privateCopies) {

    public Aftermath {
        standIns = List.copyOf(standIns);
        watched = List.copyOf(watched);
        auditedRoots = List.copyOf(auditedRoots);
        privateCopies = List.copyOf(privateCopies);
    }

    public static Aftermath none() {
        return new Aftermath(List.of(), List.of(), List.of(), List.of());
    }

    /** The same, also answering for stand-ins other running sessions created that this one relies on too. */
    public Aftermath sharing(List<Placeholder> othersStandIns) {
        List<Placeholder> all = new java.util.ArrayList<>(standIns);
        othersStandIns.stream().filter(standIn -> !all.contains(standIn)).forEach(all::add);
        return new Aftermath(all, watched, auditedRoots, privateCopies);
    }
}
