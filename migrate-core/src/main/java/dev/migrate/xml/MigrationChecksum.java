package dev.migrate.xml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration file's meaning: SHA-256, in lower-case hex, over a compact canonical
 * XML form of the bound document (its dependsOn and operations, with names, types and defaults as
 * the model normalizes them). Reformatting a file, reordering attributes, adding comments or
 * choosing another namespace prefix leaves it unchanged; changing what the file does changes it.
 */
public final class MigrationChecksum {

    private MigrationChecksum() {
    }

    public static String checksum(MigrationDocument document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(MigrationWriter.canonical(document).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
