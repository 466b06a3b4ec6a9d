package cco.domain.update;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.update.ArchiveMembers.Kind;
import cco.domain.update.ArchiveMembers.Member;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveMembersTest {
    private static final String TOP = "cco-1.0.0";

    @Test
    void namesUnderTheTopDirectoryPass() {
        assertDoesNotThrow(() -> ArchiveMembers.checkNames(List.of("cco-1.0.0/", "cco-1.0.0/bin/cco", "cco-1.0.0/runtime/lib/x..y"), TOP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "cco-1.0.0/../evil", "../cco-1.0.0/bin/cco", "cco-1.0.0/bin/../../x", "cco-1.0.0x/bin/cco", "other/bin/cco",
            "cco-1.0.0/bin/a\\nb"})
    void aNameLeavingTheTopDirectoryIsRefused(String name) {
        CcoException refused = assertThrows(CcoException.class, () -> ArchiveMembers.checkNames(List.of("cco-1.0.0/", name), TOP));
        assertEquals(FailureKind.UPDATE_UNVERIFIED, refused.kind());
        assertTrue(refused.getMessage().contains(name), refused.getMessage());
    }

    @Test
    void anEmptyArchiveIsRefused() {
        assertThrows(CcoException.class, () -> ArchiveMembers.checkNames(List.of(), TOP));
    }

    /** A link (or a file) listed first, then a name below it: tar would write through the link, wherever it points. */
    @Test
    void nothingMayBeListedBelowANameThatIsNotADirectory() {
        CcoException refused = assertThrows(CcoException.class,
                () -> ArchiveMembers.checkNames(List.of("cco-1.0.0/", "cco-1.0.0/lib", "cco-1.0.0/lib/evil"), TOP));
        assertEquals("the release archive is refused: it holds 'cco-1.0.0/lib/evil' below 'cco-1.0.0/lib', which is not a directory",
                refused.getMessage());
        assertDoesNotThrow(() -> ArchiveMembers.checkNames(List.of("cco-1.0.0/", "cco-1.0.0/lib/", "cco-1.0.0/lib/cco.aot"), TOP),
                "positive control: below a directory");
    }

    @Test
    void linksInsideTheTreePass() {
        assertDoesNotThrow(() -> ArchiveMembers.checkTree(List.of(
                new Member(TOP, Kind.DIRECTORY, null),
                new Member(TOP + "/bin/cco", Kind.REGULAR_FILE, null),
                new Member(TOP + "/runtime/legal/java.xml/LICENSE", Kind.SYMBOLIC_LINK, "../java.base/LICENSE")), TOP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../../../x", "../../../cco-1.0.0x/y", "../../.."})
    void aLinkLeavingTheTreeIsRefused(String target) {
        CcoException refused = assertThrows(CcoException.class, () -> ArchiveMembers.checkTree(List.of(
                new Member(TOP + "/runtime/legal", Kind.DIRECTORY, null),
                new Member(TOP + "/runtime/legal/LICENSE", Kind.SYMBOLIC_LINK, target)), TOP));
        assertTrue(refused.getMessage().contains("points out of"), refused.getMessage());
    }

    @Test
    void devicesFifosAndHardLinksAreRefused() {
        CcoException refused = assertThrows(CcoException.class, () -> ArchiveMembers.checkTree(List.of(new Member(TOP + "/fifo", Kind.OTHER, null)), TOP));
        assertEquals(FailureKind.UPDATE_UNVERIFIED, refused.kind());
    }

    @Test
    void somethingUnpackedBesideTheTopDirectoryIsRefused() {
        assertThrows(CcoException.class, () -> ArchiveMembers.checkTree(List.of(new Member("elsewhere/file", Kind.REGULAR_FILE, null)), TOP));
    }
}
