package org.untoc.kg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.untoc.kg.pipeline.DocumentException;

/**
 * Decodes the bytes of a text file: BOM first, then UTF-16 without BOM, then strict UTF-8, and only when the bytes
 * are not UTF-8 but still look like text, windows-1252 (the usual encoding of older Western text files).
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Above this share of control characters a file is binary, not text with a few stray bytes. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Decoded text; throws naming the file when the bytes are not text. */
    public String decode(Path file, byte[] bytes) throws DocumentException {
        String text = decodeByEncoding(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        rejectBinary(file, text);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private String decodeByEncoding(Path file, byte[] bytes) throws DocumentException {
        if (FileNames.startsWith(bytes, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)) {
            return strict(file, bytes, 3, StandardCharsets.UTF_8);
        }
        if (FileNames.startsWith(bytes, (byte) 0xFF, (byte) 0xFE)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (FileNames.startsWith(bytes, (byte) 0xFE, (byte) 0xFF)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(file, bytes, 0, utf16);
        }
        if (hasNul(bytes)) {
            throw new DocumentException(file, "binary file (NUL bytes), not a text document");
        }
        try {
            return decodeStrict(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // A UTF-8 file cut short (a truncated download) ends in half a character: that is still UTF-8.
            int cut = incompleteUtf8Tail(bytes);
            if (cut >= 0) {
                try {
                    return decodeStrict(java.util.Arrays.copyOf(bytes, cut), 0, StandardCharsets.UTF_8);
                } catch (CharacterCodingException alsoNotUtf8) {
                    // damaged elsewhere too: judge it as below
                }
            }
            // Not UTF-8: accept windows-1252 only when the undecodable bytes sit in otherwise printable text.
            if (!looksLikeSingleByteText(bytes)) {
                throw new DocumentException(file, "not valid UTF-8 and does not look like windows-1252 text", notUtf8);
            }
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset) throws DocumentException {
        try {
            return decodeStrict(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new DocumentException(file, "invalid " + charset.name() + " text", e);
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /** Where a multi-byte UTF-8 sequence starts in the last three bytes and is not complete, else -1. */
    private static int incompleteUtf8Tail(byte[] bytes) {
        for (int back = 1; back <= 3 && back <= bytes.length; back++) {
            int b = bytes[bytes.length - back] & 0xFF;
            if (b < 0x80) {
                return -1;
            }
            if (b >= 0xC0) {
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return length > back ? bytes.length - back : -1;
            }
        }
        return -1;
    }

    /** UTF-16 text without BOM shows as NUL in every other byte of ASCII characters. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 512);
        if (pairs < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) evenNul++;
            if (bytes[2 * i + 1] == 0) oddNul++;
        }
        if (oddNul > pairs * 0.8 && evenNul == 0) return StandardCharsets.UTF_16LE;
        if (evenNul > pairs * 0.8 && oddNul == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) return true;
        }
        return false;
    }

    /**
     * Windows-1252 text is mostly printable ASCII; bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined there, and
     * control bytes other than tab, CR, LF, FF are not text.
     */
    private static boolean looksLikeSingleByteText(byte[] bytes) {
        int printableAscii = 0;
        for (byte signed : bytes) {
            int b = signed & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) return false;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') return false;
            if (b == 0x7F) return false;
            if (b >= 0x20 && b < 0x7F) printableAscii++;
        }
        return printableAscii >= bytes.length * 0.85;
    }

    private static void rejectBinary(Path file, String text) throws DocumentException {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new DocumentException(file, "binary file (NUL characters), not a text document");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new DocumentException(file, "binary file (" + control + " control characters), not a text document");
        }
    }
}
