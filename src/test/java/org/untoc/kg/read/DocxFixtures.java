package org.untoc.kg.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes a plain text as a .docx with one paragraph per non-blank line. */
final class DocxFixtures {
    private DocxFixtures() {}

    static void write(String text, Path docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : text.split("\\n")) {
                if (!line.isBlank()) {
                    doc.createParagraph().createRun().setText(line.strip());
                }
            }
            doc.write(out);
        }
    }
}
