/** cco's architecture rules, stated with ArchUnit. */
module cco.architecture {
    requires transitive com.tngtech.archunit;

    exports cco.architecture;
}
