package cco.domain.agent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agent cco knows by name, as data: the program, the options cco adds for each autonomy mode,
 * the directories of its state, the variables it takes its credentials and settings from (they
 * pass into its sessions, and into shell and --command ones, where any agent may run), and what
 * cco sets for it. Agents are told apart by name: a record's generated equality builds method
 * handles on its first use, which cost every start several milliseconds.
 *
 * @param name the subcommand ({@code cco gemini}) and the program's name
 * @param summary one line for the help and the documentation
 * @param environmentNames host variables that pass into the sandbox
 * @param environmentPrefixes host variables starting so that pass into the sandbox
 * @param sessionEnvironment variables cco sets for the agent (its own sandbox off)
 * @param refreshableCredentials cco backs up, restores and refreshes its credential file
 */
public record AgentProfile(String name, String summary, ArgumentPolicy arguments, List<AgentDirectory> directories,
        Set<String> environmentNames, List<String> environmentPrefixes, Map<String, String> sessionEnvironment,
        boolean refreshableCredentials) {

    public AgentProfile {
        directories = List.copyOf(directories);
        environmentNames = Set.copyOf(environmentNames);
        environmentPrefixes = List.copyOf(environmentPrefixes);
        sessionEnvironment = Map.copyOf(sessionEnvironment);
    }

    public String program() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgentProfile agent && agent.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    public boolean passes(String variable) {
        return environmentNames.contains(variable) || environmentPrefixes.stream().anyMatch(variable::startsWith);
    }
}
