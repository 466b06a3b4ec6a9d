/** Holds no code: the system tests run cco as a separate process, from a linked bundle. */
module cco.systemtests {
}
