package cco.domain.lifecycle;

/**
 * The process a session belongs to (cco's launcher, which waits for the sandbox): its pid, its
 * start time as the kernel counts it, and the boot it ran in, so that a pid reused after the
 * owner died, or after a reboot, is not taken for it.
 */
public record Owner(long pid, String startTime, String bootId) {
}
