package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cco bundle under test: linked once per test run from the reactor's modules, as the
 * installer links it, under /var/tmp (readable by every user, so that tests can also run it as
 * an unprivileged user) and removed when the tests end.
 */
final class TestBundle {
    private static final List<String> PRODUCT_MODULES = List.of("picocli", "docker-java", "domain", "safe-files", "adapter-host-files", "adapter-bubblewrap", "adapter-seatbelt",
            "adapter-docker", "adapter-keychain", "adapter-credential-files", "adapter-installation", "adapter-terminal", "adapter-agent-state", "cli");
    private static Path launcher;

    private TestBundle() {
    }

    static synchronized Path launcher() {
        if (launcher == null) {
            launcher = build();
        }
        return launcher;
    }

    /** The libraries the product's modules need at run time, as the test's class path has them. */
    private static boolean isThirdPartyModule(String entry) {
        return Stream.of("/com/fasterxml/jackson/", "/net/java/dev/jna/", "/com/google/guava/", "/org/apache/commons/", "/commons-io/",
                "/commons-codec/", "/org/bouncycastle/", "/org/slf4j/").anyMatch(entry::contains);
    }

    static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("jlink/build-bundle.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static Path build() {
        Path repository = repository();
        Path bundle;
        try {
            Path base = Files.createTempDirectory(Path.of("/var/tmp"), "cco-test-bundle-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteRecursively(base);
                } catch (IOException e) {
                    // The JVM is exiting: a leftover under /var/tmp is all that is lost.
                }
            }));
            bundle = base.resolve("bundle");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a directory for the bundle", e);
        }
        String modulePath = Stream.concat(
                PRODUCT_MODULES.stream().map(module -> repository.resolve("modules").resolve(module).resolve("target/classes").toString()),
                Stream.of(System.getProperty("java.class.path").split(":")).filter(TestBundle::isThirdPartyModule))
                .collect(Collectors.joining(":"));
        try {
            ProcessBuilder builder = new ProcessBuilder("sh", repository.resolve("jlink/build-bundle.sh").toString(),
                    bundle.toString(), bundle.toString()).inheritIO();
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("CCO_MODULE_PATH", modulePath);
            assertEquals(0, builder.start().waitFor(), "jlink/build-bundle.sh failed");
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the bundle", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return bundle.resolve("bin/cco");
    }

    /** Retries briefly: a launcher that was interrupted may still be removing its stand-ins. */
    static void deleteRecursively(Path path) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteTree(path);
                return;
            } catch (IOException e) {
                if (attempt == 10) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
