package archfixture.adapter.one;

import archfixture.adapter.two.AdapterTwo;

/** Breaks "adapters do not depend on each other". */
public final class AdapterOne {
    public AdapterTwo other() {
        return new AdapterTwo();
    }
}
