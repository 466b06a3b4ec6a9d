package cco.domain.policy;

import java.nio.file.Path;

/**
 * A toolchain's cache as a session sees it: {@code path} (where the tool looks, the host's own
 * location) shows {@code store}, a directory cco keeps per user for that cache, writable and
 * persistent, so that sessions keep what they download and the host's copy, which host programs
 * run code from (npx, pip, cargo build scripts), is never written from inside.
 */
public record CacheView(String toolchain, Path path, Path store) {
}
