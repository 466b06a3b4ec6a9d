/**
 * docker-java's api, core and transports as one module. Open: Jackson binds the Engine API's JSON
 * to its model classes by reflection.
 */
open module com.github.dockerjava {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.google.common;
    requires com.sun.jna;
    requires java.security.jgss;
    requires org.apache.commons.compress;
    requires org.apache.commons.io;
    requires org.apache.commons.lang3;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.slf4j;

    exports com.github.dockerjava.api;
    exports com.github.dockerjava.api.async;
    exports com.github.dockerjava.api.command;
    exports com.github.dockerjava.api.exception;
    exports com.github.dockerjava.api.model;
    exports com.github.dockerjava.core;
    exports com.github.dockerjava.transport;
    exports com.github.dockerjava.zerodep;
}
