package cco.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Model.ArgSpec;

/** What a shell should offer for the value of an option or positional, read from its spec. */
record ValueCompletion(Kind kind, List<String> choices) {
    static final ValueCompletion NOTHING = new ValueCompletion(Kind.NONE, List.of());
    private static final Pattern PATH_LABEL = Pattern.compile("(PATH|FILE|DIR)\\b.*");

    enum Kind {
        /** A flag: no value. */
        NONE,
        /** One of the spec's completion candidates. */
        CHOICES,
        /** A file or directory. */
        FILES,
        /** A program, and every following word its arguments. */
        PROGRAM,
        /** Free text: nothing to offer. */
        TEXT;

        boolean takesOneWord() {
            return this == CHOICES || this == FILES || this == TEXT;
        }
    }

    static ValueCompletion of(ArgSpec arg) {
        if (arg.arity().max() == 0) {
            return NOTHING;
        }
        if (arg.isOption() && arg.arity().max() == Integer.MAX_VALUE) {
            return new ValueCompletion(Kind.PROGRAM, List.of());
        }
        if (arg.completionCandidates() != null) {
            return new ValueCompletion(Kind.CHOICES, StreamSupport.stream(arg.completionCandidates().spliterator(), false)
                    .map(DocumentedCommand::plainWord).toList());
        }
        if (PATH_LABEL.matcher(arg.paramLabel()).matches() || arg.type() == Path.class || arg.type() == File.class) {
            return new ValueCompletion(Kind.FILES, List.of());
        }
        return new ValueCompletion(Kind.TEXT, List.of());
    }
}
