package cco.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.Optional;

/**
 * What the daemon has of a requested image: its definition once the base image exists (its id
 * is part of the definition), and the id of the image of that definition if it was built.
 */
record ImageLookup(ImageRequest request, Optional<ImageDefinition> definition, Optional<String> existing) {

    static ImageLookup of(DockerClient client, ImageRequest request) {
        Optional<ImageDefinition> definition = imageId(client, request.baseImage()).map(request::on);
        return new ImageLookup(request, definition, definition.flatMap(found -> imageId(client, found.tag())));
    }

    static Optional<String> imageId(DockerClient client, String name) {
        try {
            return Optional.of(client.inspectImageCmd(name).exec().getId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
