package cco.domain.policy;

/**
 * The value of {@code --add-dir PATH[:ro|:rw]}. Only a final {@code :ro} or {@code :rw} is a
 * mode; any other colon belongs to the path. A directory whose name itself ends in {@code :ro}
 * is shared by spelling the mode out: {@code --add-dir 'dir:ro:rw'}.
 */
public record AddDirSpec(String typedPath, Access access) {

    public static AddDirSpec parse(String value) {
        if (value.endsWith(":ro")) {
            return new AddDirSpec(value.substring(0, value.length() - 3), Access.READ_ONLY);
        }
        if (value.endsWith(":rw")) {
            return new AddDirSpec(value.substring(0, value.length() - 3), Access.READ_WRITE);
        }
        return new AddDirSpec(value, Access.READ_WRITE);
    }
}
