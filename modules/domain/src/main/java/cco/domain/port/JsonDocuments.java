package cco.domain.port;

import java.util.Optional;

/** Reads JSON text into maps, lists, strings, numbers and booleans; empty when the text is not JSON. */
public interface JsonDocuments {
    Optional<Object> parse(String text);
}
