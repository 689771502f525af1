package org.untoc.kg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded Fuseki's write credentials: a Jetty password file ({@code user: password}) in the data dir,
 * created at first start, owner-only, with a random password that is never printed.
 *
 * @param file the password file
 * @param user the user allowed to update
 * @param password its password
 * @param created true when this start generated it
 */
public record FusekiCredentials(Path file, String user, String password, boolean created) {
    static final String FILE_NAME = "fuseki-passwd";

    /** Takes away group and other access to the file, if it had any (copied, unpacked from an archive). */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system, or not ours to change: reading it still works
        }
    }

    /** Reads the password file in the data dir, or creates it (owner-only) with a fresh random password. */
    public static FusekiCredentials loadOrCreate(Path dataDir, String user) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                ownerOnly(file);
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int colon = line.indexOf(':');
                    if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                        return new FusekiCredentials(file, line.substring(0, colon).strip(),
                                line.substring(colon + 1).strip(), false);
                    }
                }
                throw new IllegalStateException(file + ": no 'user: password' line");
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                // Created owner-only: written first and restricted after, it would be readable by all for a moment.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the file keeps the default permissions
            }
            Files.writeString(file, "# untoc-kg: Fuseki update credentials (Jetty realm format), generated at"
                    + " first start\n" + user + ": " + password + "\n", StandardCharsets.UTF_8);
            return new FusekiCredentials(file, user, password, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
