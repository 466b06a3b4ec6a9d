package archfixture.domain;

import archfixture.adapter.one.AdapterOne;

/** Breaks "only the CLI knows adapters". */
public final class DomainKnowingAnAdapter {
    public AdapterOne adapter() {
        return new AdapterOne();
    }
}
