package cco.domain.launch;

import java.util.List;

/**
 * How a backend runs a planned session: handed over to cco's launcher, which starts the sandbox
 * program with no JVM in between (bubblewrap, Seatbelt), or attached, with the JVM staying to
 * relay the terminal and return the exit status (Docker). Either way the host is prepared the
 * same way first, and the same aftermath is dealt with when the session ends.
 */
public sealed interface Launch {

    Preparation preparation();

    Aftermath aftermath();

    /** What --dry-run shows: the sandbox's invocation, with the environment's values left out. */
    List<String> invocation();

    Launch withAftermath(Aftermath replaced);

    record HandedOver(HandOver handOver, Preparation preparation, List<String> invocation) implements Launch {
        public HandedOver {
            invocation = List.copyOf(invocation);
        }

        @Override
        public Aftermath aftermath() {
            return handOver.aftermath();
        }

        @Override
        public Launch withAftermath(Aftermath replaced) {
            return new HandedOver(handOver.withAftermath(replaced), preparation, invocation);
        }
    }

    record Attached(AttachedSession session, Preparation preparation, Aftermath aftermath, List<String> invocation) implements Launch {
        public Attached {
            invocation = List.copyOf(invocation);
        }

        @Override
        public Launch withAftermath(Aftermath replaced) {
            return new Attached(session, preparation, replaced, invocation);
        }
    }
}
