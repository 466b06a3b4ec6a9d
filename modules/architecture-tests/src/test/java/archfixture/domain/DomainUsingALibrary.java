package archfixture.domain;

/** Breaks "the domain depends on nothing but the JDK". */
public final class DomainUsingALibrary {
    public String describe(org.junit.jupiter.api.TestInfo info) {
        return info.getDisplayName();
    }
}
