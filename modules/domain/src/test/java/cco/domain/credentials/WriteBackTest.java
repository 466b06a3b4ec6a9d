package cco.domain.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteBackTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final CredentialDocument HOST = document("host", "ada", START);

    private static CredentialDocument document(String content, String account, Instant expiry) {
        return new CredentialDocument(CredentialOwner.CLAUDE_CODE, content.getBytes(StandardCharsets.UTF_8),
                new CredentialFacts(Optional.ofNullable(account), Optional.of(expiry), Optional.empty()));
    }

    @Test
    void aRefreshedTokenOfTheSameAccountReplacesAnUnchangedHost() {
        CredentialDocument refreshed = document("refreshed", "ada", START.plusSeconds(3600));
        WriteBack.Replace replace = assertInstanceOf(WriteBack.Replace.class, WriteBack.decide(HOST, Optional.of(HOST), Optional.of(refreshed)));
        assertEquals(refreshed, replace.refreshed());
    }

    @Test
    void anUntouchedCopyLeavesEverythingAsItIs() {
        assertInstanceOf(WriteBack.Unchanged.class, WriteBack.decide(HOST, Optional.of(HOST), Optional.of(document("host", "ada", START))));
    }

    @Test
    void anotherAccountAnOlderTokenAndAnUnknownAccountAreRefused() {
        WriteBack.Refused other = assertInstanceOf(WriteBack.Refused.class,
                WriteBack.decide(HOST, Optional.of(HOST), Optional.of(document("other", "eve", START.plusSeconds(60)))));
        assertTrue(other.reason().contains("another account (eve, not ada)"), other.reason());
        WriteBack.Refused older = assertInstanceOf(WriteBack.Refused.class,
                WriteBack.decide(HOST, Optional.of(HOST), Optional.of(document("older", "ada", START.minusSeconds(60)))));
        assertTrue(older.reason().contains("not newer"), older.reason());
        WriteBack.Refused same = assertInstanceOf(WriteBack.Refused.class,
                WriteBack.decide(HOST, Optional.of(HOST), Optional.of(document("same expiry", "ada", START))));
        assertTrue(same.reason().contains("not newer"), same.reason());
        assertInstanceOf(WriteBack.Refused.class, WriteBack.decide(HOST, Optional.of(HOST), Optional.of(document("x", null, START.plusSeconds(60)))));
    }

    @Test
    void theHostsAccountNowIsTheOneThatCounts() {
        CredentialDocument startedWithout = document("host", null, START);
        CredentialDocument hostNow = document("host", "ada", START);
        assertInstanceOf(WriteBack.Replace.class, WriteBack.decide(startedWithout, Optional.of(hostNow),
                Optional.of(document("refreshed", "ada", START.plusSeconds(60)))));
    }

    @Test
    void aHostThatChangedMeanwhileKeepsItsCredentialsAndTheSessionsAreKeptAside() {
        CredentialDocument refreshed = document("refreshed", "ada", START.plusSeconds(3600));
        WriteBack.KeepBoth both = assertInstanceOf(WriteBack.KeepBoth.class,
                WriteBack.decide(HOST, Optional.of(document("changed on the host", "ada", START.plusSeconds(60))), Optional.of(refreshed)));
        assertEquals(refreshed, both.refreshed());
        assertInstanceOf(WriteBack.KeepBoth.class, WriteBack.decide(HOST, Optional.empty(), Optional.of(refreshed)));
    }

    @Test
    void aLogoutInsideStaysInside() {
        assertInstanceOf(WriteBack.Refused.class, WriteBack.decide(HOST, Optional.of(HOST), Optional.empty()));
    }
}
