package cco.domain.port;

import cco.domain.terminal.WindowSize;

/** Opens private pseudo-terminals; each starts with the given size. */
public interface PseudoTerminals {

    PseudoTerminal open(WindowSize size);
}
