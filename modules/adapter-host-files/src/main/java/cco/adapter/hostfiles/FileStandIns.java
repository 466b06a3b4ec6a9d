package cco.adapter.hostfiles;

import cco.domain.launch.Placeholder;
import cco.domain.launch.Preparation;
import cco.domain.port.StandIns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/** A stand-in is removed only while it is still what cco made: an empty directory, or a regular file with its content. Links are never followed. */
public final class FileStandIns implements StandIns {

    @Override
    public void prepare(Preparation preparation) {
        HostPreparation.createStores(preparation.stores());
        HostPreparation.createAgentState(preparation.agentState());
        HostPreparation.createPlaceholders(preparation.standIns());
    }

    @Override
    public boolean remove(Placeholder standIn) {
        Path path = standIn.path();
        try {
            if (!path.getParent().toRealPath().equals(path.getParent())) {
                return false;
            }
            if (standIn.directory()) {
                if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
            } else if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    || !Arrays.equals(Files.readAllBytes(path), standIn.content().getBytes(StandardCharsets.UTF_8))) {
                return false;
            }
            Files.delete(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
