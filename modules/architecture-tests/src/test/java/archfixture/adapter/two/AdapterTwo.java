package archfixture.adapter.two;

/** Breaks "only the CLI ends the process". */
public final class AdapterTwo {
    public void giveUp() {
        System.exit(1);
    }
}
