package cco.systemtests;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test that runs cco as a user of this machine with a home and a project of their own. */
abstract class OnHost {
    Host host;

    @BeforeEach
    void createHost() throws IOException {
        host = new Host();
    }

    @AfterEach
    void removeHost() throws IOException {
        host.close();
    }
}
