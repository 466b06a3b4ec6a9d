package cco.domain.session;

import cco.domain.failure.CcoException;
import java.util.List;
import java.util.regex.Pattern;

/** Options that only the Docker backend uses. */
public record DockerOptions(List<String> extraPackages, boolean rebuild, boolean shareDockerSocket) {

    /** Debian's rule for package names; anything else could smuggle options into the image build. */
    private static final Pattern DEBIAN_PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+");

    public DockerOptions {
        extraPackages = List.copyOf(extraPackages);
        for (String name : extraPackages) {
            if (!DEBIAN_PACKAGE.matcher(name).matches()) {
                throw CcoException.usage("--packages: not a Debian package name: '" + name + "'");
            }
        }
    }

    public static DockerOptions none() {
        return new DockerOptions(List.of(), false, false);
    }

    /** Options that make sense only when the image is built by cco. */
    public boolean touchesImage() {
        return !extraPackages.isEmpty() || rebuild;
    }
}
