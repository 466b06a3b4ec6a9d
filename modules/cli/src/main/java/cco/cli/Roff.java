package cco.cli;

/** Text for roff's man macros: what troff would otherwise read as requests or escapes. */
final class Roff {
    private Roff() {
    }

    /**
     * Backslashes print as themselves; hyphens become minus signs, which copy and paste as the
     * '-' an option needs (troff's plain '-' is a typographic hyphen).
     */
    static String escaped(String text) {
        return text.replace("\\", "\\e").replace("-", "\\-");
    }

    /** A text line: a leading '.' or ''' would make it a request, leading spaces a break. */
    static String line(String text) {
        String escaped = escaped(text.strip());
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }

    static String bold(String text) {
        return "\\fB" + escaped(text) + "\\fR";
    }

    static String italic(String text) {
        return "\\fI" + escaped(text) + "\\fR";
    }
}
