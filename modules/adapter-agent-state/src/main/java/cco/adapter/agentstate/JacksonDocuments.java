package cco.adapter.agentstate;

import cco.domain.port.JsonDocuments;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** JSON text as Jackson reads it into plain Java values. */
public final class JacksonDocuments implements JsonDocuments {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Optional<Object> parse(String text) {
        try {
            return Optional.ofNullable(mapper.readValue(text, Object.class));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }
}
