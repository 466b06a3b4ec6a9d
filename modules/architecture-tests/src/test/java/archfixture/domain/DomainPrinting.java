package archfixture.domain;

/** Breaks "only the CLI touches System.out and System.err". */
public final class DomainPrinting {
    public void print() {
        System.out.println("policy");
    }
}
