package cco.domain.update;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cco.domain.port.Installation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionPruningTest {

    @Test
    void everyVersionButTheKeptAndTheLinkedGoesOldestFirst() {
        Installation.Inventory inventory = new Installation.Inventory(
                List.of("0.10.0", "0.9.0", "0.2.0-rc.1", "0.4.0", "1.0.0", "0.3.0"), Set.of("1.0.0", "0.4.0", "0.3.0"));
        assertEquals(List.of("0.2.0-rc.1", "0.9.0", "0.10.0"), VersionPruning.removable(inventory, Set.of("1.0.0", "0.4.0")));
    }

    @Test
    void whatIsNotNamedAsAVersionIsNeverRemoved() {
        Installation.Inventory inventory = new Installation.Inventory(List.of("backups", "dev", "1.0", "01.0.0", ".update-x", "0.1.0+build", "2.0.0"),
                Set.of());
        assertEquals(List.of(), VersionPruning.removable(inventory, Set.of("2.0.0")));
    }
}
