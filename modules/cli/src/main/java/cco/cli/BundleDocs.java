package cco.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the man page and the completion scripts into a bundle's share/ directory: run by
 * jlink/build-bundle.sh with the freshly linked runtime, so that they describe exactly the
 * command tree of the bundle they ship with. Not reachable from cco's command line.
 */
public final class BundleDocs {
    static final String MAN_PAGE = "man/man1/cco.1";

    private BundleDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundleDocs SHARE_DIRECTORY");
        }
        write(Path.of(args[0]));
    }

    static void write(Path share) throws IOException {
        DocumentedCommand root = DocumentedCommand.root();
        write(share.resolve(MAN_PAGE), ManPage.text(root));
        for (CompletionShell shell : CompletionShell.values()) {
            write(share.resolve(shell.installedPath()), shell.script(root));
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
