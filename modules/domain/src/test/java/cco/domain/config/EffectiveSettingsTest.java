package cco.domain.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cco.domain.backend.BackendChoice;
import cco.domain.session.NetworkAccess;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectiveSettingsTest {

    private static SettingsLayer layer(String origin, Optional<BackendChoice> backend, Optional<Boolean> safe, List<String> denied,
            Optional<String> baseImage, List<String> packages) {
        return new SettingsLayer(origin, backend, safe, List.of("/" + origin.replace(' ', '-')), List.of(), denied, List.of(), baseImage, packages,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void theLastLayerThatSetsAValueWinsAndListsAddUp() {
        EffectiveSettings settings = EffectiveSettings.resolve(List.of(
                layer("user", Optional.of(BackendChoice.DOCKER), Optional.empty(), List.of("~/a"), Optional.of("debian:trixie"), List.of("jq")),
                layer("project", Optional.empty(), Optional.of(true), List.of("b"), Optional.empty(), List.of()),
                layer("environment", Optional.empty(), Optional.empty(), List.of(), Optional.of("ubuntu:24.04"), List.of()),
                layer("command line", Optional.of(BackendChoice.NATIVE), Optional.empty(), List.of("/c"), Optional.empty(), List.of("jq", "rg"))));
        assertEquals(BackendChoice.NATIVE, settings.backend());
        assertEquals(true, settings.safe());
        assertEquals(List.of("~/a", "b", "/c"), settings.deniedPaths());
        assertEquals(List.of("/user", "/project", "/environment", "/command-line"), settings.addDirs());
        assertEquals(Optional.of("ubuntu:24.04"), settings.baseImage());
        assertEquals(List.of("jq", "rg"), settings.packages());
        List<EffectiveSettings.Origin> origins = settings.origins();
        assertEquals(new EffectiveSettings.Origin("--backend", "native", "command line"), origins.getFirst());
        assertEquals(new EffectiveSettings.Origin("--safe", "true", "project"), origins.get(1));
        assertEquals(true, origins.contains(new EffectiveSettings.Origin("--deny-path", "~/a", "user")));
        assertEquals(true, origins.contains(new EffectiveSettings.Origin("docker base image", "ubuntu:24.04", "environment")));
    }

    @Test
    void aVariablesValueIsNeverShown() {
        SettingsLayer user = new SettingsLayer("user", Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of("TOKEN=s3cret", "EDITOR"),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        EffectiveSettings settings = EffectiveSettings.resolve(List.of(user));
        assertEquals(List.of("TOKEN=s3cret", "EDITOR"), settings.environment());
        assertEquals(List.of(new EffectiveSettings.Origin("--env", "TOKEN", "user"), new EffectiveSettings.Origin("--env", "EDITOR", "user")),
                settings.origins().stream().filter(origin -> origin.setting().equals("--env")).toList());
    }

    private static SettingsLayer withUpdateKey(String origin, String key) {
        return new SettingsLayer(origin, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(),
                Optional.empty(), Optional.of(key), Optional.empty());
    }

    @Test
    void theEnvironmentsUpdateKeyOverridesTheUsersFile() {
        SettingsLayer user = withUpdateKey("user", "~/user.pem");
        SettingsLayer environment = withUpdateKey("environment", "/etc/cco/release.pem");
        assertEquals(Optional.of("~/user.pem"), EffectiveSettings.resolve(List.of(user)).updateKey());
        EffectiveSettings settings = EffectiveSettings.resolve(List.of(user, environment));
        assertEquals(Optional.of("/etc/cco/release.pem"), settings.updateKey());
        assertEquals(List.of(new EffectiveSettings.Origin("update key", "/etc/cco/release.pem", "environment")),
                settings.origins().stream().filter(origin -> origin.setting().equals("update key")).toList());
    }

    @Test
    void withoutAnyLayerTheDefaultsApplyAndSaySo() {
        EffectiveSettings settings = EffectiveSettings.resolve(List.of(SettingsLayer.empty("command line")));
        assertEquals(BackendChoice.AUTO, settings.backend());
        assertFalse(settings.safe());
        assertEquals(Optional.empty(), settings.baseImage());
        assertEquals(NetworkAccess.HOST, settings.network());
        assertEquals(List.of(new EffectiveSettings.Origin("--backend", "auto", EffectiveSettings.DEFAULT),
                new EffectiveSettings.Origin("--safe", "false", EffectiveSettings.DEFAULT),
                new EffectiveSettings.Origin("--network", "host", EffectiveSettings.DEFAULT),
                new EffectiveSettings.Origin("update key", "none (self-update checks releases by checksum, not by signature)", EffectiveSettings.DEFAULT)),
                settings.origins());
    }
}
