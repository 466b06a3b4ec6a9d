package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void recognisesTheOsNamesTheJdkReports() {
        assertEquals(Platform.LINUX, Platform.fromOsName("Linux"));
        assertEquals(Platform.MACOS, Platform.fromOsName("Mac OS X"));
        assertEquals(Platform.OTHER, Platform.fromOsName("Windows 11"));
    }
}
