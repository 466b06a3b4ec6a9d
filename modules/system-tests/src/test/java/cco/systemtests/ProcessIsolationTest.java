package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SECURITY-CASES PK, TI and FR-05: processes, privileges, the kernel surface and the terminal. */
class ProcessIsolationTest extends OnHost {
    private static final String EPERM = "Operation not permitted";

    @Test
    void hostProcessesAreInvisibleAndCannotBeSignalled() throws Exception {
        Process secret = new ProcessBuilder("perl", "-e", "sleep 300", "--", "--token=SECRET-ARGV").start();
        try {
            Host.Result result = host.sandboxed("""
                    ps -eo args | grep -c '[S]ECRET-ARGV'
                    kill -0 %d 2>/dev/null && echo "CAN SIGNAL"
                    ls /proc | grep -c '^[0-9]' """.formatted(secret.pid()));
            String[] lines = result.out().split("\n");
            assertEquals("0", lines[0], result.toString());
            assertFalse(result.out().contains("CAN SIGNAL"), result.toString());
            assertTrue(Integer.parseInt(lines[lines.length - 1]) < 10, "a handful of sandbox processes: " + result);
            Host.Result control = host.unsandboxed("kill -0 " + secret.pid() + " && echo can-signal");
            assertEquals("can-signal\n", control.out(), "positive control");
        } finally {
            secret.destroy();
            secret.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void noPrivilegesNoCapabilitiesAndASeccompFilter() throws Exception {
        Host.Result result = host.sandboxed("grep -E '^(NoNewPrivs|CapInh|CapPrm|CapEff|CapBnd|CapAmb|Seccomp):' /proc/self/status");
        assertTrue(result.out().contains("NoNewPrivs:\t1"), result.toString());
        assertTrue(result.out().contains("Seccomp:\t2"), result.toString());
        for (String capabilities : new String[] {"CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"}) {
            assertTrue(result.out().contains(capabilities + ":\t0000000000000000"), capabilities + ": " + result);
        }
    }

    @Test
    void terminalInjectionIoctlsAreRefusedByTheFilter() throws Exception {
        String probe = """
                perl -e 'my $c = "x"; for my $r (0x5412, 0x541C, 0x5413) { ioctl(STDIN, $r, $c) ? print "ok\\n" : print "$!\\n" }
                         print((syscall(16, 0, 0x100005412, 0) < 0 ? "$!" : "ok"), "\\n")'""";
        Host.Result inside = host.sandboxed(probe);
        assertEquals(EPERM + "\n" + EPERM + "\nInappropriate ioctl for device\n" + EPERM + "\n", inside.out(),
                "TIOCSTI, TIOCLINUX, a harmless TIOCGWINSZ, and TIOCSTI with high bits set: " + inside);
        Host.Result outside = host.unsandboxed(probe);
        assertFalse(outside.out().contains(EPERM), "positive control: outside, the terminal is asked: " + outside);
    }

    @Test
    void kernelKeyringsAreRefused() throws Exception {
        String probe = "perl -e 'print((syscall(250, 0, -3, 0) < 0 ? \"$!\" : \"keyring\"), \"\\n\"); print((syscall(39) > 0 ? \"getpid ok\" : \"$!\"), \"\\n\")'";
        Host.Result inside = host.sandboxed(probe);
        assertEquals(EPERM + "\ngetpid ok\n", inside.out(), inside.toString());
    }

    @Test
    void newUserNamespacesAreRefused() throws Exception {
        Host.Result outside = host.unsandboxed("unshare -U -r true && echo created");
        assertEquals("created\n", outside.out(), "positive control: user namespaces work on this host: " + outside);
        Host.Result inside = host.sandboxed("unshare -U -r true 2>/dev/null && echo CREATED; unshare -n true 2>/dev/null && echo NET; echo checked");
        assertEquals("checked\n", inside.out(), inside.toString());
    }

    @Test
    void systemCallsOfAnotherAbiKillTheProcess() throws Exception {
        Path source = host.write(host.project.resolve("int80.c"),
                "int main(void){ long r; __asm__ volatile(\"int $0x80\" : \"=a\"(r) : \"a\"(20L)); return r > 0 ? 0 : 1; }\n");
        Host.Result compiled = host.unsandboxed("cc -o int80 " + source.getFileName());
        assertEquals(0, compiled.exitCode(), "needs a C compiler: " + compiled);
        Host.Result outside = host.unsandboxed("./int80; echo status=$?");
        assertEquals("status=0\n", outside.out(), "positive control: the i386 getpid works outside");
        Host.Result inside = host.sandboxed("./int80; echo status=$?");
        assertEquals("status=159\n", inside.out(), "killed by SIGSYS: " + inside);
    }

    @Test
    void onlyAMinimalDevIsPresent() throws Exception {
        Host.Result result = host.sandboxed("ls /dev | tr '\\n' ' '");
        for (String device : new String[] {"null", "zero", "random", "urandom", "tty", "shm", "pts"}) {
            assertTrue((" " + result.out()).contains(" " + device + " "), device + ": " + result);
        }
        for (String device : new String[] {"kvm", "mem", "sda", "vda", "fuse"}) {
            assertFalse((" " + result.out()).contains(" " + device + " "), device + ": " + result);
        }
    }

    @Test
    void noDescriptorOfTheCallerOrOfCcoLeaksIn() throws Exception {
        String listOwnDescriptors = "opendir(my $d, '/proc/self/fd'); "
                + "print join(' ', sort { $a <=> $b } grep { /^[0-9]+$/ && $_ != fileno($d) } readdir($d))";
        Host.Result control = host.run(host.project, null, "sh", "-c", "exec 7</etc/hostname 8>/dev/null; perl -e \"$0\"", listOwnDescriptors);
        assertEquals("0 1 2 7 8", control.out(), "positive control: unsandboxed, the descriptors are inherited: " + control);
        Host.Result result = host.run(host.project, null, "sh", "-c",
                "exec 7</etc/hostname 8>/dev/null; " + TestBundle.launcher() + " --command perl -e \"$0\"", listOwnDescriptors);
        assertEquals("0 1 2", result.out(), result.toString());
    }

    @Test
    void setuidProgramsGiveNoPrivilege() throws Exception {
        host.asUnprivilegedUser();
        Host.Result result = host.sandboxed("su -c 'id -u' root </dev/null 2>/dev/null; echo status=$?; id -u");
        String uid = host.unsandboxed("id -u").out();
        assertEquals("status=1\n" + uid, result.out(), "su fails and the user stays who they are: " + result);
    }

    @Test
    void theHostTmuxServerIsUnreachable() throws Exception {
        Host.Result start = host.unsandboxed("tmux -L cco-test new-session -d -s host 'sleep 60' && tmux -L cco-test ls");
        if (start.exitCode() != 0) {
            throw new AssertionError("tmux is needed for this test: " + start);
        }
        try {
            Host.Result inside = host.sandboxed("tmux -L cco-test ls 2>&1; tmux -L cco-test new-window -d 'touch ~/.canary-TI06' 2>/dev/null && echo ESCAPED; true");
            assertFalse(inside.out().contains("ESCAPED"), inside.toString());
            assertFalse(inside.out().contains("host:"), inside.toString());
            assertFalse(Files.exists(host.home.resolve(".canary-TI06")));
        } finally {
            host.unsandboxed("tmux -L cco-test kill-server");
        }
    }
}
