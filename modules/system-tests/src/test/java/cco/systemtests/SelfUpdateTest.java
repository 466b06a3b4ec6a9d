package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: cco self-update against local update sources, run as an unprivileged user on an
 * installation laid out as install/install.sh lays it out (cco 0.1.0 in a data directory, the
 * current link, the command link), with releases made from the test bundle as
 * install/package.sh makes them (signed as it signs with CCO_SIGNING_KEY, for the update key
 * tests); an update killed with SIGKILL at random moments leaves the installed cco working.
 */
class SelfUpdateTest extends OnHost {
    private static Path releases;
    private Path data;
    private Path command;

    @BeforeAll
    static void makeReleases() throws IOException, InterruptedException {
        releases = Files.createTempDirectory(Path.of("/var/tmp"), "cco-releases-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path bundle = TestBundle.launcher().getParent().getParent();
        for (String version : List.of("0.2.0", "0.3.0")) {
            Path tree = releases.resolve("tree").resolve("cco-" + version);
            copyBundle(bundle, tree, "@CCO_HOME@");
            Files.writeString(tree.resolve("VERSION"), version + "\n");
            Path directory = Files.createDirectories(releases.resolve("directory"));
            shell(releases, "tar -czf directory/" + name(version) + " -C tree cco-" + version
                    + " && cd directory && sha256sum " + name(version) + " > " + name(version) + ".sha256");
        }
        Path signed = Files.createDirectories(releases.resolve("signed"));
        shell(releases, "openssl genpkey -algorithm ed25519 -out release.key && openssl pkey -in release.key -pubout -out release.pem"
                + " && openssl genpkey -algorithm ed25519 -out other.key && openssl pkey -in other.key -pubout -out other.pem");
        for (String version : List.of("0.2.0", "0.3.0", "0.4.0")) {
            Path tree = releases.resolve("tree").resolve("cco-" + version);
            if (!Files.exists(tree)) {
                copyBundle(bundle, tree, "@CCO_HOME@");
                Files.writeString(tree.resolve("VERSION"), version + "\n");
            }
            shell(releases, "tar -czf signed/" + name(version) + " -C tree cco-" + version + " && cd signed && sha256sum " + name(version)
                    + " > " + name(version) + ".sha256");
            sign(signed.resolve(name(version) + ".sha256"), "release.key");
        }
        Files.createDirectories(releases.resolve("escaping"));
        Files.writeString(releases.resolve("tree/evil"), "outside\n");
        shell(releases, "tar -czf escaping/" + name("0.4.0") + " -C tree cco-0.3.0 evil --transform 's,^cco-0.3.0,cco-0.4.0,;s,^evil,cco-0.4.0/../evil,'"
                + " && cd escaping && sha256sum " + name("0.4.0") + " > " + name("0.4.0") + ".sha256");
    }

    @AfterAll
    static void removeReleases() throws IOException {
        TestBundle.deleteRecursively(releases);
    }

    /** As install/package.sh signs with CCO_SIGNING_KEY: the raw Ed25519 signature of the checksum file, beside it. */
    private static void sign(Path checksumFile, String privateKey) throws IOException, InterruptedException {
        shell(releases, "openssl pkeyutl -sign -rawin -inkey " + privateKey + " -in '" + checksumFile + "' -out '" + checksumFile + ".sig'");
    }

    private static String name(String version) {
        return "cco-" + version + "-linux-" + architecture() + ".tar.gz";
    }

    private static String architecture() {
        return System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
    }

    /** The bundle with its launcher's home set as build-bundle.sh sets it. */
    private static void copyBundle(Path bundle, Path target, String home) throws IOException, InterruptedException {
        Files.createDirectories(target.getParent());
        shell(target.getParent(), "cp -a '" + bundle + "' '" + target + "'");
        Path launcher = target.resolve("bin/cco");
        String text = Files.readString(launcher).replaceFirst("_cco_home='[^']*'", Matcher.quoteReplacement("_cco_home='" + home + "'"));
        Files.writeString(launcher, text);
    }

    private static void shell(Path directory, String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", script).directory(directory.toFile()).inheritIO().start();
        assertEquals(0, process.waitFor(), script);
    }

    /** cco 0.1.0 installed as install.sh installs it; then everything belongs to the unprivileged user. */
    @BeforeEach
    void installed() throws IOException, InterruptedException {
        data = Files.createDirectories(host.home.resolve(".local/share/cco"));
        copyBundle(TestBundle.launcher().getParent().getParent(), data.resolve("0.1.0"), data.resolve("0.1.0").toString());
        Files.createSymbolicLink(data.resolve("current"), Path.of("0.1.0"));
        command = Files.createDirectories(host.home.resolve(".local/bin")).resolve("cco");
        Files.createSymbolicLink(command, data.resolve("current/bin/cco"));
        host.environment.put("CCO_UPDATE_NO_TRAINING", "1");
        host.asUnprivilegedUser();
    }

    private Host.Result installedCco(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(command.toString()));
        argv.addAll(List.of(args));
        return host.run(host.project, null, argv.toArray(String[]::new));
    }

    private String link(String name) throws IOException {
        Path link = data.resolve(name);
        return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : "(none)";
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(file -> file.getFileName().toString()).filter(file -> file.startsWith(".update-")).toList();
        }
    }

    private Path archive(String version) {
        return releases.resolve("directory").resolve(name(version));
    }

    /** A copy of a release beside its own checksum file, in a directory of the host's. */
    private Path copied(String version, String checksum) throws IOException {
        Path directory = Files.createDirectories(host.root.resolve("source"));
        Path copy = Files.copy(archive(version), directory.resolve(name(version)), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(directory.resolve(name(version) + ".sha256"), checksum);
        return copy;
    }

    private void assertUnchanged(Host.Result result, int exitCode) throws IOException, InterruptedException {
        assertEquals(exitCode, result.exitCode(), result.toString());
        assertEquals(1, result.err().lines().count(), result.toString());
        assertEquals("0.1.0", link("current"));
        assertEquals("(none)", link("previous"));
        assertEquals(List.of(), leftovers());
        assertFalse(Files.exists(data.resolve("0.2.0")), "a version that failed was left in place");
        assertEquals(0, installedCco("--version").exitCode());
    }

    @Test
    void theNewestReleaseOfADirectoryBecomesCurrentAndThePreviousIsKept() throws IOException, InterruptedException {
        host.environment.remove("CCO_UPDATE_NO_TRAINING");
        Host.Result update = installedCco("self-update", "--from", releases.resolve("directory").toString());
        assertEquals(0, update.exitCode(), update.toString());
        assertTrue(update.out().contains("cco: checksum verified: sha256 "), update.out());
        assertTrue(update.out().contains("cco: AOT caches trained"), update.out());
        assertTrue(update.out().endsWith("cco: updated cco 0.1.0 to 0.3.0; 'cco self-update --rollback' goes back to 0.1.0\n"), update.out());
        assertEquals("0.3.0", link("current"));
        assertEquals("0.1.0", link("previous"));
        assertTrue(Files.isRegularFile(data.resolve("0.3.0/lib/cco.aot")), "the AOT cache was not trained where the bundle runs");
        assertTrue(Files.readString(data.resolve("0.3.0/bin/cco")).contains("_cco_home='" + data.resolve("0.3.0") + "'"));
        assertEquals(List.of(), leftovers());
        assertEquals(0, installedCco("--version").exitCode());

        Host.Result again = installedCco("self-update", "--from", archive("0.2.0").toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().endsWith("cco: cco 0.3.0 is up to date (the source has 0.2.0)\n"), again.out());
    }

    @Test
    void aChecksumMismatchChangesNothing() throws IOException, InterruptedException {
        Path archive = copied("0.2.0", "0".repeat(64) + "  " + name("0.2.0") + "\n");
        Host.Result update = installedCco("self-update", "--from", archive.toString());
        assertUnchanged(update, 7);
        assertTrue(update.err().startsWith("cco: self-update: checksum mismatch for " + name("0.2.0")), update.err());
    }

    @Test
    void aTamperedArchiveIsRefused() throws IOException, InterruptedException {
        Path archive = copied("0.2.0", Files.readString(archive("0.2.0").resolveSibling(name("0.2.0") + ".sha256")));
        byte[] content = Files.readAllBytes(archive);
        content[content.length / 2] ^= 1;
        Files.write(archive, content);
        Host.Result update = installedCco("self-update", "--from", archive.toString());
        assertUnchanged(update, 7);
        assertTrue(update.err().contains("checksum mismatch"), update.err());
    }

    @Test
    void anArchiveWithANameLeavingItsDirectoryIsRefused() throws IOException, InterruptedException {
        Host.Result update = installedCco("self-update", "--from", releases.resolve("escaping").resolve(name("0.4.0")).toString());
        assertUnchanged(update, 7);
        assertTrue(update.err().contains("the release archive is refused: it holds 'cco-0.4.0/../evil'"), update.err());
        assertFalse(Files.exists(data.resolve("0.4.0")));
    }

    /** A checkout's build runs outside any sandbox: only a checkout named with --from is built, never one configured or inherited. */
    @Test
    void aCheckoutIsBuiltOnlyWhenNamedOnTheCommandLine() throws IOException, InterruptedException {
        Path checkout = Files.createDirectories(host.root.resolve("checkout/install"));
        Path ran = host.root.resolve("package-sh-ran");
        Files.writeString(checkout.resolve("package.sh"), "touch '" + ran + "'\n");
        host.environment.put("CCO_UPDATE_SOURCE", checkout.getParent().toString());
        Host.Result inherited = installedCco("self-update");
        assertUnchanged(inherited, 6);
        assertTrue(inherited.err().contains("name it with --from to build it"), inherited.err());
        assertFalse(Files.exists(ran), "the checkout's script did not run");

        Host.Result named = installedCco("self-update", "--from", checkout.getParent().toString());
        assertTrue(Files.exists(ran), "positive control: named with --from, its script runs: " + named);
        assertUnchanged(named, 6);
    }

    /** The key in the user's configuration file, by a path relative to the home; the release's signature beside the archive the directory offers. */
    @Test
    void aReleaseSignedByTheUpdateKeyIsInstalled() throws IOException, InterruptedException {
        Path key = Files.copy(releases.resolve("release.pem"), Files.createDirectories(host.home.resolve(".config/cco")).resolve("release.pem"));
        Files.writeString(host.home.resolve(".config/cco/config.json"), "{\"updateKey\": \"~/.config/cco/release.pem\"}");
        Host.Result update = installedCco("self-update", "--from", releases.resolve("signed").toString());
        assertEquals(0, update.exitCode(), update.toString());
        assertTrue(update.out().contains("cco: signature verified: " + name("0.4.0") + ".sha256 is signed by the update key " + key + "\n"), update.out());
        assertTrue(update.out().contains("cco: checksum verified: sha256 "), update.out());
        assertEquals("0.4.0", link("current"));
        assertEquals(0, installedCco("--version").exitCode());
    }

    @Test
    void anUnsignedReleaseIsRefusedWhenAKeyIsConfigured() throws IOException, InterruptedException {
        host.environment.put("CCO_UPDATE_KEY", releases.resolve("release.pem").toString());
        Host.Result refused = installedCco("self-update", "--from", archive("0.2.0").toString());
        assertUnchanged(refused, 7);
        assertTrue(refused.err().startsWith("cco: self-update: the release has no signature " + name("0.2.0") + ".sha256.sig, and with an update key"),
                refused.err());

        host.environment.remove("CCO_UPDATE_KEY");
        Host.Result control = installedCco("self-update", "--from", archive("0.2.0").toString());
        assertEquals(0, control.exitCode(), "positive control: without a key the same release is installed: " + control);
        assertTrue(control.out().contains("cco: signature not checked: no update key is configured"), control.out());
        assertEquals("0.2.0", link("current"));
    }

    @Test
    void aReleaseSignedByAnotherKeyIsRefused() throws IOException, InterruptedException {
        Path archive = copied("0.2.0", Files.readString(archive("0.2.0").resolveSibling(name("0.2.0") + ".sha256")));
        sign(archive.resolveSibling(name("0.2.0") + ".sha256"), "other.key");
        host.environment.put("CCO_UPDATE_KEY", releases.resolve("release.pem").toString());
        Host.Result refused = installedCco("self-update", "--from", archive.toString());
        assertUnchanged(refused, 7);
        assertTrue(refused.err().startsWith("cco: self-update: " + name("0.2.0") + ".sha256.sig is not a signature of " + name("0.2.0")
                + ".sha256 by the update key " + releases.resolve("release.pem")), refused.err());
    }

    /** Upper-case hex still passes the checksum, which is why it is the alteration: only the signature tells it from what was signed. */
    @Test
    void aChecksumFileAlteredAfterSigningIsRefused() throws IOException, InterruptedException {
        String checksum = Files.readString(archive("0.2.0").resolveSibling(name("0.2.0") + ".sha256"));
        Path archive = copied("0.2.0", checksum);
        Path checksumFile = archive.resolveSibling(name("0.2.0") + ".sha256");
        sign(checksumFile, "release.key");
        Files.writeString(checksumFile, checksum.substring(0, 64).toUpperCase(Locale.ROOT) + checksum.substring(64));
        host.environment.put("CCO_UPDATE_KEY", releases.resolve("release.pem").toString());
        Host.Result refused = installedCco("self-update", "--from", archive.toString());
        assertUnchanged(refused, 7);
        assertTrue(refused.err().contains(".sha256.sig is not a signature of " + name("0.2.0") + ".sha256"), refused.err());

        host.environment.remove("CCO_UPDATE_KEY");
        Host.Result control = installedCco("self-update", "--from", archive.toString());
        assertEquals(0, control.exitCode(), "positive control: the altered checksum file passes the checksum: " + control);
    }

    /**
     * Each switch removes the versions neither current nor previous: never a directory not named as a
     * version, nor one a link leads to (install.sh's while it installs); after a rollback too.
     */
    @Test
    void afterThreeUpdatesOnlyCurrentAndPreviousAreLeft() throws IOException, InterruptedException {
        Files.createDirectories(data.resolve("backups"));
        Files.createDirectories(data.resolve("0.0.5"));
        Files.createSymbolicLink(data.resolve(".installing.1"), Path.of("0.0.5"));
        for (String version : List.of("0.2.0", "0.3.0", "0.4.0")) {
            Host.Result update = installedCco("self-update", "--from", releases.resolve("signed").resolve(name(version)).toString());
            assertEquals(0, update.exitCode(), update.toString());
        }
        assertEquals(List.of("0.0.5", "0.3.0", "0.4.0", "backups", "current", "previous"), entries());
        assertEquals("0.4.0", link("current"));
        assertEquals("0.3.0", link("previous"));
        assertEquals(0, installedCco("--version").exitCode());

        Files.delete(data.resolve(".installing.1"));
        Host.Result rollback = installedCco("self-update", "--rollback");
        assertEquals(0, rollback.exitCode(), rollback.toString());
        assertTrue(rollback.out().contains("cco: removed cco 0.0.5, neither current nor previous\n"), rollback.out());
        assertEquals(List.of("0.3.0", "0.4.0", "backups", "current", "previous"), entries());
        assertEquals(0, installedCco("--version").exitCode());
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(file -> file.getFileName().toString()).filter(file -> !file.startsWith(".")).sorted().toList();
        }
    }

    /** An https source, served on loopback with a certificate only the host's extra CA file (SSL_CERT_FILE) vouches for. */
    @Test
    void anHttpsSourceIsDownloadedTrustingTheHostsExtraCertificates() throws Exception {
        Path keys = releases.resolve("tls-" + System.nanoTime());
        Files.createDirectories(keys);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        shell(keys, keytool + " -genkeypair -keyalg EC -alias server -dname CN=localhost -ext SAN=ip:127.0.0.1 -validity 2"
                + " -keystore server.p12 -storepass secret-pass && " + keytool + " -exportcert -rfc -alias server -keystore server.p12"
                + " -storepass secret-pass -file server.pem");
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try {
            server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keys.resolve("server.p12"), "secret-pass".toCharArray())));
            serve(server, "/releases/", releases.resolve("directory"));
            serve(server, "/signed/", releases.resolve("signed"));
            server.start();
            String base = "https://127.0.0.1:" + server.getAddress().getPort() + "/releases/";

            Host.Result untrusted = installedCco("self-update", "--from", base + name("0.2.0"));
            assertUnchanged(untrusted, 6);
            assertTrue(untrusted.err().startsWith("cco: self-update: cannot download " + base + name("0.2.0") + ": "), untrusted.err());

            host.environment.put("SSL_CERT_FILE", keys.resolve("server.pem").toString());
            Host.Result missing = installedCco("self-update", "--from", base + name("0.9.0"));
            assertUnchanged(missing, 6);
            assertTrue(missing.err().contains("the server answered 404"), missing.err());

            host.environment.put("CCO_UPDATE_KEY", releases.resolve("release.pem").toString());
            Host.Result unsigned = installedCco("self-update", "--from", base + name("0.2.0"));
            assertUnchanged(unsigned, 7);
            assertTrue(unsigned.err().contains("the release has no signature " + name("0.2.0") + ".sha256.sig"), unsigned.err());

            Host.Result update = installedCco("self-update", "--from", base.replace("/releases/", "/signed/") + name("0.2.0"));
            assertEquals(0, update.exitCode(), update.toString());
            assertTrue(update.out().contains("cco: signature verified"), update.toString());
            assertTrue(update.out().contains("cco: checksum verified"), update.toString());
            assertEquals("0.2.0", link("current"));
            assertEquals(0, installedCco("--version").exitCode());
            assertEquals(List.of(), leftovers());
        } finally {
            server.stop(0);
        }
    }

    /** The files of a directory at a path of the server; 404 for any other. */
    private static void serve(HttpsServer server, String path, Path directory) {
        server.createContext(path, exchange -> {
            Path file = directory.resolve(exchange.getRequestURI().getPath().substring(path.length()));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static SSLContext serverContext(Path keyStore, char[] password) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, password);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    @Test
    void rollbackSwapsCurrentAndPreviousAndNeedsAPrevious() throws IOException, InterruptedException {
        Host.Result none = installedCco("self-update", "--rollback");
        assertUnchanged(none, 6);
        assertEquals("cco: self-update --rollback: there is no previous version to go back to\n", none.err());

        assertEquals(0, installedCco("self-update", "--from", archive("0.2.0").toString()).exitCode());
        Host.Result back = installedCco("self-update", "--rollback");
        assertEquals(0, back.exitCode(), back.toString());
        assertEquals("0.1.0", link("current"));
        assertEquals("0.2.0", link("previous"));
        assertEquals(0, installedCco("--version").exitCode());
        Host.Result forth = installedCco("self-update", "--rollback");
        assertEquals(0, forth.exitCode(), forth.toString());
        assertEquals("0.2.0", link("current"));
        assertEquals("0.1.0", link("previous"));
    }

    @Test
    void anUpdateKilledAtAnyMomentLeavesAWorkingCco() throws IOException, InterruptedException {
        long started = System.nanoTime();
        assertEquals(0, installedCco("self-update", "--from", archive("0.2.0").toString()).exitCode());
        long duration = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, installedCco("self-update", "--rollback").exitCode());
        Random random = new Random();
        List<String> outcomes = new ArrayList<>();
        for (int run = 0; run < 30; run++) {
            // A tenth more than an update takes, so that some kills come after the switch.
            long delay = random.nextLong(duration + duration / 10);
            Process update = host.start(host.project, command.toString(), "self-update", "--from", archive("0.2.0").toString());
            Thread.sleep(delay);
            update.descendants().forEach(ProcessHandle::destroyForcibly);
            update.destroyForcibly().waitFor();
            String current = link("current");
            outcomes.add(delay + "ms: " + current);
            assertTrue(List.of("0.1.0", "0.2.0").contains(current), "current is " + current + " after a kill at " + delay + " ms");
            Host.Result version = installedCco("--version");
            assertEquals(0, version.exitCode(), "after a kill at " + delay + " ms: " + version);

            Host.Result next = installedCco("self-update", "--from", archive("0.2.0").toString());
            assertEquals(0, next.exitCode(), "after a kill at " + delay + " ms: " + next);
            assertEquals("0.2.0", link("current"));
            assertEquals(List.of(), leftovers(), "after a kill at " + delay + " ms");
            assertEquals(0, installedCco("--version").exitCode());
            assertEquals(0, installedCco("self-update", "--rollback").exitCode());
        }
        System.out.println("SelfUpdateTest: an update took " + duration + " ms; kills: " + outcomes);
    }
}
