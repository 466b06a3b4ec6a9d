package cco.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddDirSpecTest {

    @Test
    void aTrailingModeIsParsedAndRemoved() {
        assertEquals(new AddDirSpec("/a", Access.READ_ONLY), AddDirSpec.parse("/a:ro"));
        assertEquals(new AddDirSpec("/a", Access.READ_WRITE), AddDirSpec.parse("/a:rw"));
    }

    @Test
    void withoutAModeTheShareIsReadWrite() {
        assertEquals(new AddDirSpec("/a", Access.READ_WRITE), AddDirSpec.parse("/a"));
    }

    @Test
    void otherColonsBelongToThePath() {
        assertEquals(new AddDirSpec("/a:b", Access.READ_WRITE), AddDirSpec.parse("/a:b"));
        assertEquals(new AddDirSpec("/x:ro", Access.READ_WRITE), AddDirSpec.parse("/x:ro:rw"));
        assertEquals(new AddDirSpec("/x:RO", Access.READ_WRITE), AddDirSpec.parse("/x:RO"));
    }
}
