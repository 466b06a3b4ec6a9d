/** picocli, recompiled for the project's Java release so that the AOT cache can store it. */
module info.picocli {
    requires static java.sql;
    exports picocli;
}
