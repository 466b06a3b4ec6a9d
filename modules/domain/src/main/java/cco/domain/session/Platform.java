package cco.domain.session;

import java.util.Locale;

/** The host operating system, as far as backend choice cares. */
public enum Platform {
    LINUX, MACOS, OTHER;

    public static Platform fromOsName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return LINUX;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return OTHER;
    }
}
