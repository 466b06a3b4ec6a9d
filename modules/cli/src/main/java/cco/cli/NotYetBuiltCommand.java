package cco.cli;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A subcommand that is part of cco's interface but not of this version: it says so and exits 3. */
final class NotYetBuiltCommand implements Callable<Integer> {
    private final String name;

    private NotYetBuiltCommand(String name) {
        this.name = name;
    }

    static CommandSpec spec(String name, String description, String positionalLabel) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new NotYetBuiltCommand(name));
        spec.name(name);
        spec.mixinStandardHelpOptions(true);
        spec.usageMessage().description(description, "(Not available in this version of cco.)");
        if (positionalLabel != null) {
            spec.addPositional(PositionalParamSpec.builder().paramLabel(positionalLabel).arity("0..1").type(String.class).build());
        }
        return spec;
    }

    @Override
    public Integer call() {
        throw new CcoException(FailureKind.NOT_BUILT, "'cco " + name + "' is not available in this version of cco yet");
    }
}
