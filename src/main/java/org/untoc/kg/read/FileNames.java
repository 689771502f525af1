package org.untoc.kg.read;

import java.nio.file.Path;
import java.util.Locale;

/** Small helper for file-name extensions. */
final class FileNames {
    private FileNames() {}

    static boolean hasExtension(Path file, String... extensions) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (lower.endsWith("." + ext)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, byte... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
