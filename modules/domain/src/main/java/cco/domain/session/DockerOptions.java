package cco.domain.session;

import java.util.List;

/** Options that only the Docker backend uses. */
public record DockerOptions(List<String> extraPackages, boolean rebuild, boolean shareDockerSocket) {

    public DockerOptions {
        extraPackages = List.copyOf(extraPackages);
    }

    public static DockerOptions none() {
        return new DockerOptions(List.of(), false, false);
    }

    /** Options that make sense only when the image is built by cco. */
    public boolean touchesImage() {
        return !extraPackages.isEmpty() || rebuild;
    }
}
