package cco.cli;

import cco.domain.backend.BackendChoice;
import cco.domain.failure.CcoException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses --backend with the domain's rule, so the error names the valid choices. */
final class BackendChoiceConverter implements ITypeConverter<BackendChoice> {

    @Override
    public BackendChoice convert(String value) {
        try {
            return BackendChoice.parse(value);
        } catch (CcoException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
