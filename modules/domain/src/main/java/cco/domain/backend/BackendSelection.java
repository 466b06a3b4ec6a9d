package cco.domain.backend;

import java.util.List;

/** The outcome of choosing a backend, with every candidate that was rejected and why. */
public sealed interface BackendSelection {

    List<Rejection> rejected();

    record Selected(BackendKind kind, String detail, List<Rejection> rejected) implements BackendSelection {
        public Selected {
            rejected = List.copyOf(rejected);
        }

        /** True when auto mode had to pass over a preferred backend. */
        public boolean fellBack() {
            return !rejected.isEmpty();
        }
    }

    record NoneUsable(BackendChoice choice, List<Rejection> rejected) implements BackendSelection {
        public NoneUsable {
            rejected = List.copyOf(rejected);
        }
    }
}
