package cco.domain.lifecycle;

import cco.domain.credentials.CredentialRefresh;
import cco.domain.failure.CcoException;
import cco.domain.launch.Placeholder;
import cco.domain.launch.PrivateCopy;
import cco.domain.port.AgentStateVault;
import cco.domain.port.Quarantine;
import cco.domain.port.RepositoryAudit;
import cco.domain.port.SessionRegistry;
import cco.domain.port.StandIns;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end of a session, whether it ended normally, failed to start halfway, or was killed (then
 * at the next start, or with {@code cco cleanup}): what it created among the watched paths goes
 * into quarantine, the repositories it created or changed are neutralised, its private copies are
 * merged back, its stand-ins are removed unless another running session relies on them, and its
 * record goes. Every step runs under the registry's lock, which the caller holds, and a step that
 * fails is reported and does not stop the others. Returns one line per thing done or left, for
 * the user.
 */
public final class SessionLifecycle {
    private final SessionRegistry registry;
    private final StandIns standIns;
    private final Quarantine quarantine;
    private final RepositoryAudit repositories;
    private final AgentStateVault vault;
    private final CredentialRefresh credentialRefresh;

    public SessionLifecycle(SessionRegistry registry, StandIns standIns, Quarantine quarantine, RepositoryAudit repositories,
            AgentStateVault vault, CredentialRefresh credentialRefresh) {
        this.registry = registry;
        this.standIns = standIns;
        this.quarantine = quarantine;
        this.repositories = repositories;
        this.vault = vault;
        this.credentialRefresh = credentialRefresh;
    }

    /** Finishes every session whose owner is gone. */
    public List<String> recoverAbandoned() {
        List<String> report = new ArrayList<>();
        for (SessionRecord record : abandoned()) {
            report.addAll(finish(record));
        }
        return report;
    }

    /** The sessions whose owner is gone without finishing them. */
    public List<SessionRecord> abandoned() {
        return registry.all().stream().filter(record -> !registry.alive(record.owner())).toList();
    }

    /** The stand-ins running sessions other than {@code self} answer for. */
    public List<Placeholder> standInsInUse(SessionRecord self) {
        return registry.all().stream()
                .filter(record -> !record.directory().equals(self.directory()) && registry.alive(record.owner()))
                .flatMap(record -> record.aftermath().standIns().stream())
                .distinct()
                .toList();
    }

    public List<String> finish(SessionRecord record) {
        List<String> report = new ArrayList<>();
        for (Path watched : record.aftermath().watched()) {
            takeIfCreated(watched, report);
        }
        report.addAll(repositories.neutralise(record.aftermath().auditedRoots(), registry.started(record)));
        // Credentials first: their account is read from the agent state's copy, which a refused merge moves into quarantine.
        record.aftermath().privateCopies().stream().filter(copy -> copy.credentials().isPresent())
                .forEach(copy -> report.addAll(credentialRefresh.writeBack(copy)));
        record.aftermath().privateCopies().stream().filter(copy -> copy.credentials().isEmpty()).forEach(copy -> mergeBack(copy, report));
        removeStandIns(record, report);
        registry.delete(record);
        return report;
    }

    private void takeIfCreated(Path watched, List<String> report) {
        try {
            report.add(watched + " (created in the session) moved to " + quarantine.take(watched));
        } catch (NoSuchFileException notCreated) {
            // Nothing to do: the session did not create it.
        } catch (IOException e) {
            report.add(watched + " (created in the session) could NOT be moved: " + e.getMessage()
                    + "; check it before any host program reads it");
        }
    }

    private void mergeBack(PrivateCopy copy, List<String> report) {
        try {
            List<String> refused = vault.mergeBack(copy.sessionDirectory(), copy.hostFile());
            if (!refused.isEmpty()) {
                report.add("the session changed " + String.join(", ", refused) + " in " + copy.hostFile()
                        + "; not applied, since it would run code, widen trust or touch another project outside the sandbox"
                        + " (the session's copy: " + quarantine.take(copy.copy()) + ")");
            }
        } catch (CcoException | IOException e) {
            report.add(e.getMessage());
        }
    }

    /** Children before their parents; those another running session relies on stay. */
    private void removeStandIns(SessionRecord record, List<String> report) {
        Set<Placeholder> inUse = Set.copyOf(standInsInUse(record));
        List<Placeholder> own = record.aftermath().standIns().stream()
                .filter(standIn -> !inUse.contains(standIn))
                .sorted(Comparator.comparing(Placeholder::path).reversed())
                .collect(Collectors.toList());
        for (Placeholder standIn : own) {
            if (!standIns.remove(standIn)) {
                report.add(standIn.path() + " was left in place: cco created it empty for the session, and it changed or is gone");
            }
        }
    }
}
