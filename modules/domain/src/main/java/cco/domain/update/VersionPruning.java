package cco.domain.update;

import cco.domain.port.Installation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The installed versions a switch leaves behind (ADR 0032): every directory of the data directory
 * named as a release version but those kept (current and previous) and any a link there leads to
 * (install.sh holds one to the version it is installing). Directories not named as a version
 * (credential backups, a hand-made bundle) are never among them.
 */
public final class VersionPruning {
    private VersionPruning() {
    }

    /** Oldest first. */
    public static List<String> removable(Installation.Inventory inventory, Set<String> kept) {
        return inventory.directories().stream()
                .filter(name -> !kept.contains(name) && !inventory.linked().contains(name))
                .flatMap(name -> ReleaseVersion.parse(name).stream())
                .sorted(Comparator.naturalOrder())
                .map(ReleaseVersion::toString)
                .toList();
    }
}
