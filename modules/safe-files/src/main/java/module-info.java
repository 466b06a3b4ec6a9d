/** Reading and replacing the user's files (credentials, agent state) without ever losing or half-writing one. */
module cco.safefiles {
    exports cco.safefiles;
}
