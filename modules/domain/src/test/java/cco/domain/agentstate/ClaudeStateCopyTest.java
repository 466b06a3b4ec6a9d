package cco.domain.agentstate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClaudeStateCopyTest {

    @Test
    void onlyThisProjectsEntryIsKeptAndTheRestByteForByte() {
        String host = """
                {
                  "numStartups": 3, "tips": {"a": [1, "}]\\""]},
                  "projects": {
                    "/home/ada/bank": {"mcpServers": {"db": {"env": {"TOKEN": "secret"}}}},
                    "/home/ada/project": {"lastCost": 1, "history": ["x"]},
                    "/home/ada/other": {}
                  },
                  "theme": "dark"
                }""";
        assertEquals("""
                {
                  "numStartups": 3, "tips": {"a": [1, "}]\\""]},
                  "projects": {"/home/ada/project": {"lastCost": 1, "history": ["x"]}},
                  "theme": "dark"
                }""", ClaudeStateCopy.forSession(host, "/home/ada/project", RememberedAnswers.none()));
    }

    @Test
    void escapedKeysDuplicatesAndEmptyObjectsAreHandled() {
        assertEquals("{\"projects\":{},\"projects\":{\"/p\\u00e9\":1}}",
                ClaudeStateCopy.forSession("{\"projects\":{\"/x\":2},\"projects\":{\"/q\":0,\"/p\\u00e9\":1}}", "/pé", RememberedAnswers.none()));
        assertEquals("{}", ClaudeStateCopy.forSession("{}", "/p", RememberedAnswers.none()));
        assertEquals("{ }", ClaudeStateCopy.forSession("{ }", "/p", RememberedAnswers.none()));
        assertEquals("{\"projects\":[1]}", ClaudeStateCopy.forSession("{\"projects\":[1]}", "/p", RememberedAnswers.none()));
    }

    @Test
    void rememberedAnswersAreAppendedAndWinOverTheHostsValues() {
        RememberedAnswers answers = new RememberedAnswers("\"bypassPermissionsModeAccepted\":true", "\"hasTrustDialogAccepted\":true");
        assertEquals("{\"a\":1,\"projects\":{\"/p\":{\"hasTrustDialogAccepted\":false}},\"bypassPermissionsModeAccepted\":true,"
                + "\"projects\":{\"/p\":{\"hasTrustDialogAccepted\":false,\"hasTrustDialogAccepted\":true}}}",
                ClaudeStateCopy.forSession("{\"a\":1,\"projects\":{\"/p\":{\"hasTrustDialogAccepted\":false},\"/q\":{}}}", "/p", answers));
        assertEquals("{\"bypassPermissionsModeAccepted\":true,\"projects\":{\"/p\\\"x\":{\"hasTrustDialogAccepted\":true}}}",
                ClaudeStateCopy.forSession("{}", "/p\"x", answers), "an empty file, and a project name JSON must escape");
    }

    @Test
    void textThatIsNotAnObjectGivesAnEmptyOne() {
        for (String broken : new String[] {"", "[]", "{\"a\":}", "{\"a\":1", "{\"a\":1} x", "{\"a\":\"\\q\"}", "{\"projects\":{\"/p\":1,}}"}) {
            assertEquals("{}", ClaudeStateCopy.forSession(broken, "/p", RememberedAnswers.none()), broken);
        }
    }
}
