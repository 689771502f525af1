package org.untoc.kg.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short content names: the first bytes of a text's SHA-256, in lower-case hex. */
public final class Sha256 {
    private Sha256() {}

    /** Hex of the first {@code bytes} bytes of the SHA-256 of the text's UTF-8 (two hex digits a byte). */
    public static String hex(String text, int bytes) {
        return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** Hex of the first {@code bytes} bytes of the SHA-256 of {@code data} (two hex digits a byte). */
    public static String hex(byte[] data, int bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);
            return HexFormat.of().formatHex(hash, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256 (java.security.MessageDigest).
            throw new IllegalStateException(e);
        }
    }
}
