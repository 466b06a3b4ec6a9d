package cco.domain.terminal;

/** A terminal's size in character cells. */
public record WindowSize(int columns, int rows) {

    public WindowSize {
        if (columns < 0 || rows < 0) {
            throw new IllegalArgumentException("a window size is never negative: " + columns + "x" + rows);
        }
    }
}
