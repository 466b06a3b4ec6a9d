package cco.domain.session;

import cco.domain.failure.CcoException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Options that only the Docker backend uses. */
public record DockerOptions(List<String> extraPackages, boolean rebuild, boolean shareDockerSocket, Optional<String> baseImage) {

    /** Debian's rule for package names; anything else could smuggle options into the image build. */
    private static final Pattern DEBIAN_PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+");

    public DockerOptions {
        extraPackages = List.copyOf(extraPackages);
        for (String name : extraPackages) {
            if (!isPackageName(name)) {
                throw CcoException.usage("--packages: not a Debian package name: '" + name + "'");
            }
        }
    }

    public static boolean isPackageName(String name) {
        return DEBIAN_PACKAGE.matcher(name).matches();
    }

    public static DockerOptions none() {
        return new DockerOptions(List.of(), false, false, Optional.empty());
    }

    /** Options that make sense only when the image is built by cco. */
    public boolean touchesImage() {
        return !extraPackages.isEmpty() || rebuild;
    }
}
