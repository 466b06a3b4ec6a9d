package cco.domain.update;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseArchiveTest {

    @Test
    void theNewestReleaseForThisArchitectureIsChosen() {
        List<String> names = List.of("cco-0.9.0-linux-x86_64.tar.gz", "cco-0.10.0-linux-x86_64.tar.gz", "cco-0.10.0-linux-x86_64.tar.gz.sha256",
                "cco-0.11.0-linux-aarch64.tar.gz", "cco-0.12.0-rc.1-linux-x86_64.tar.gz", "cco-latest-linux-x86_64.tar.gz", "README");
        ReleaseArchive newest = ReleaseArchive.newest(names, "x86_64").orElseThrow();
        assertEquals("0.12.0-rc.1", newest.version().toString());
        assertEquals("cco-0.12.0-rc.1-linux-x86_64.tar.gz", newest.fileName());
        assertEquals("cco-0.12.0-rc.1-linux-x86_64.tar.gz.sha256", newest.checksumFileName());
        assertEquals("cco-0.12.0-rc.1", newest.topDirectory());
        assertEquals("0.11.0", ReleaseArchive.newest(names, "aarch64").orElseThrow().version().toString());
        assertEquals(Optional.empty(), ReleaseArchive.newest(names, "riscv64"));
    }

    @Test
    void theJvmsArchitectureNamesAreThoseOfUname() {
        assertEquals("x86_64", ReleaseArchive.architectureOf("amd64"));
        assertEquals("aarch64", ReleaseArchive.architectureOf("aarch64"));
    }
}
