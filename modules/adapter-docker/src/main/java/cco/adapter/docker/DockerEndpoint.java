package cco.adapter.docker;

import java.nio.file.Path;

/** A place the Docker daemon's socket may be, and which convention put it there. */
record DockerEndpoint(Path socket, String origin) {
}
