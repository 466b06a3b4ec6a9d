package cco.adapter.hostfiles;

import cco.domain.launch.Aftermath;
import cco.domain.launch.Placeholder;
import cco.domain.credentials.CredentialOwner;
import cco.domain.launch.PrivateCopy;
import cco.domain.lifecycle.Owner;
import cco.domain.lifecycle.SessionRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session record as NUL-separated fields (paths may hold any byte but NUL): the format's name,
 * {@code owner PID START BOOT}, then {@code stand-in-dir PATH}, {@code stand-in-file PATH CONTENT},
 * {@code watch PATH}, {@code audit PATH}, {@code copy HOST-FILE COPY HOME} in any number.
 */
final class SessionRecordFormat {
    private SessionRecordFormat() {
    }

    static byte[] write(String format, SessionRecord record) {
        List<String> fields = new ArrayList<>(List.of(format, "owner", Long.toString(record.owner().pid()), record.owner().startTime(),
                record.owner().bootId()));
        Aftermath aftermath = record.aftermath();
        for (Placeholder standIn : aftermath.standIns()) {
            fields.addAll(standIn.directory() ? List.of("stand-in-dir", standIn.path().toString())
                    : List.of("stand-in-file", standIn.path().toString(), standIn.content()));
        }
        aftermath.watched().forEach(path -> fields.addAll(List.of("watch", path.toString())));
        aftermath.auditedRoots().forEach(path -> fields.addAll(List.of("audit", path.toString())));
        for (PrivateCopy copy : aftermath.privateCopies()) {
            fields.addAll(copy.credentials()
                    .map(owner -> List.of("credentials-copy", owner.label(), copy.hostFile().toString(), copy.copy().toString(), copy.home().toString()))
                    .orElseGet(() -> List.of("copy", copy.hostFile().toString(), copy.copy().toString(), copy.home().toString())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : fields) {
            out.writeBytes(field.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return out.toByteArray();
    }

    static Optional<SessionRecord> read(String format, Path directory, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\0")) {
            return Optional.empty();
        }
        String[] fields = text.substring(0, text.length() - 1).split("\0", -1);
        if (fields.length < 5 || !fields[0].equals(format) || !fields[1].equals("owner")) {
            return Optional.empty();
        }
        try {
            Owner owner = new Owner(Long.parseLong(fields[2]), fields[3], fields[4]);
            List<Placeholder> standIns = new ArrayList<>();
            List<Path> watched = new ArrayList<>();
            List<Path> audited = new ArrayList<>();
            List<PrivateCopy> copies = new ArrayList<>();
            for (int i = 5; i < fields.length; ) {
                String kind = fields[i];
                int size = switch (kind) {
                    case "stand-in-dir", "watch", "audit" -> 2;
                    case "stand-in-file" -> 3;
                    case "copy" -> 4;
                    case "credentials-copy" -> 5;
                    default -> 0;
                };
                if (size == 0 || i + size > fields.length) {
                    return Optional.empty();
                }
                switch (kind) {
                    case "stand-in-dir" -> standIns.add(Placeholder.directory(Path.of(fields[i + 1])));
                    case "stand-in-file" -> standIns.add(Placeholder.file(Path.of(fields[i + 1]), fields[i + 2]));
                    case "watch" -> watched.add(Path.of(fields[i + 1]));
                    case "audit" -> audited.add(Path.of(fields[i + 1]));
                    case "copy" -> copies.add(PrivateCopy.agentState(Path.of(fields[i + 1]), Path.of(fields[i + 2]), directory, Path.of(fields[i + 3])));
                    default -> copies.add(PrivateCopy.credentials(CredentialOwner.ofLabel(fields[i + 1]), Path.of(fields[i + 2]), Path.of(fields[i + 3]),
                            directory, Path.of(fields[i + 4])));
                }
                i += size;
            }
            return Optional.of(new SessionRecord(directory, owner, new Aftermath(standIns, watched, audited, copies)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
