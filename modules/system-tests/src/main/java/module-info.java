/**
 * Holds no code: the system tests run cco as a separate process, from a linked bundle. Their
 * scripted model server (a stand-in for the model API) uses the JDK's HTTP server.
 */
module cco.systemtests {
    requires static jdk.httpserver;
}
