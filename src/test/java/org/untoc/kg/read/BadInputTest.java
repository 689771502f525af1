package org.untoc.kg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.pipeline.DefaultDocumentParser;
import org.untoc.kg.structure.DocumentKind;
import org.untoc.kg.structure.ParsedDocument;

/** Bad and unusual input: every rejection names the file; odd encodings of real text are decoded. */
class BadInputTest {
    private static final String TEXT = "The Conference of the Parties notes that Côte d’Ivoire – a State party – "
            + "reported on “central authorities”.\n\nA second paragraph follows.\n";

    private final FormatSelectingReader reader = FormatSelectingReader.standard();

    @TempDir
    Path dir;

    @Test
    void emptyFileIsRejectedByName() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertNamesFile(e, file, "empty");
    }

    @Test
    void whiteSpaceOnlyIsRejectedByName() throws Exception {
        Path file = write("blank.txt", " \n\t\n  ".getBytes(StandardCharsets.UTF_8));
        assertNamesFile(assertThrows(DocumentException.class, () -> reader.read(file)), file, "no text");
    }

    @Test
    void binaryFileWithNulBytesIsRejected() throws Exception {
        byte[] bytes = "PK\u0003\u0004 some zip-like header".getBytes(StandardCharsets.ISO_8859_1);
        bytes[10] = 0;
        bytes[11] = 0;
        Path file = write("archive.txt", bytes);
        assertNamesFile(assertThrows(DocumentException.class, () -> reader.read(file)), file, "binary");
    }

    @Test
    void randomBytesAreRejectedNotDecodedAsWindows1252() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) bytes[i] = 1;
        }
        Path file = write("noise.txt", bytes);
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void windows1252TextIsDecoded() throws Exception {
        Path file = write("legacy.txt", TEXT.getBytes(Charset.forName("windows-1252")));
        assertEquals(TEXT, reader.read(file).text());
    }

    @Test
    void utf8WithBomIsDecodedWithoutTheBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(TEXT, reader.read(write("bom.txt", bytes)).text());
    }

    @Test
    void utf16WithAndWithoutBomIsDecoded() throws Exception {
        assertEquals(TEXT, reader.read(write("utf16.txt", TEXT.getBytes(StandardCharsets.UTF_16))).text());
        assertEquals(TEXT, reader.read(write("utf16le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE))).text());
    }

    @Test
    void windowsLineEndingsBecomeNewlines() throws Exception {
        Path file = write("crlf.txt", "One.\r\n\r\nTwo.\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("One.\n\nTwo.\n", reader.read(file).text());
    }

    @Test
    void sha256IsOfTheBytes() throws Exception {
        Path file = write("abc.txt", "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", reader.read(file).sha256());
    }

    @Test
    void missingFileIsRejectedByName() {
        Path file = dir.resolve("missing.txt");
        assertNamesFile(assertThrows(DocumentException.class, () -> reader.read(file)), file, "cannot read");
    }

    @Test
    void unsupportedFormatIsRejectedByName() throws Exception {
        Path file = write("table.xlsx", "not really a spreadsheet".getBytes(StandardCharsets.UTF_8));
        assertNamesFile(assertThrows(DocumentException.class, () -> reader.read(file)), file, "unsupported");
    }

    @Test
    void corruptPdfIsRejectedByName() throws Exception {
        Path file = write("broken.pdf", "%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII));
        assertNamesFile(assertThrows(DocumentException.class, () -> reader.read(file)), file, "PDF");
    }

    @Test
    void corruptDocxIsRejectedByName() throws Exception {
        Path file = write("broken.docx", "PK but no zip".getBytes(StandardCharsets.US_ASCII));
        assertNamesFile(assertThrows(DocumentException.class, () -> reader.read(file)), file, ".docx");
    }

    @Test
    void textWithoutStructureYieldsTextBlocks() throws Exception {
        Path file = write("prose.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        ParsedDocument doc = new DefaultDocumentParser().parse(file);
        assertEquals(DocumentKind.OTHER, doc.kind());
        assertEquals(2, doc.blocks().size());
        assertTrue(doc.blocks().stream().allMatch(b -> b.type() == org.untoc.kg.structure.BlockType.TEXT));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertNamesFile(DocumentException e, Path file, String reason) {
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
