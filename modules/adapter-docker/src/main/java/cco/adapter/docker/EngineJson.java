package cco.adapter.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.WaitResponse;
import com.github.dockerjava.core.DockerClientConfig;

/**
 * The JSON bindings of the Engine API calls on a session's way to its start, built ahead on a
 * thread of their own. Jackson builds a binding on its first use (~120 ms together, most of a
 * Docker start's own work); every client of docker-java shares the mapper that keeps them.
 */
final class EngineJson {
    private EngineJson() {
    }

    static void prepareInTheBackground() {
        Thread.ofPlatform().daemon().name("cco-engine-json").start(() -> {
            ObjectMapper mapper = DockerClientConfig.getDefaultObjectMapper();
            mapper.readerFor(InspectImageResponse.class);
            mapper.writerFor(HostConfig.class);
            mapper.writerFor(Mount.class);
            mapper.readerFor(CreateContainerResponse.class);
            mapper.readerFor(WaitResponse.class);
        });
    }
}
