package cco.adapter.docker;

import cco.domain.session.DockerOptions;
import java.util.List;
import java.util.Map;

/** Which agent image a session asks for: the base, extra packages, whether to rebuild, and the host's CA certificates to trust. */
record ImageRequest(String baseImage, List<String> extraPackages, boolean rebuild, Map<String, byte[]> caCertificates) {
    static final String DEFAULT_BASE_IMAGE = "debian:bookworm-slim";

    static ImageRequest of(Map<String, String> environment, DockerOptions options) {
        return new ImageRequest(baseImage(options), options.extraPackages(), options.rebuild(),
                HostCertificates.installed(environment));
    }

    /** The base image the user chose (configuration, CCO_BASE_IMAGE), else cco's default. */
    static String baseImage(DockerOptions options) {
        return options.baseImage().orElse(DEFAULT_BASE_IMAGE);
    }

    /** The image's definition on top of the base image with this id. */
    ImageDefinition on(String baseImageId) {
        return new ImageDefinition(baseImage, baseImageId, extraPackages, caCertificates);
    }
}
