package archfixture.cli;

import archfixture.adapter.one.AdapterOne;

/** The CLI may know adapters, print and exit: the rules must not flag it. */
public final class CliAllowedEverything {
    public void run() {
        new AdapterOne();
        System.out.println("done");
        System.exit(0);
    }
}
