package org.untoc.kg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.untoc.kg.pipeline.DocumentException;

/**
 * Reads .docx files with POI: one paragraph per line, separated by blank lines; footnotes are appended as
 * footnote lines ("¹ text") so that they take the plain-text footnote path.
 */
public final class DocxFileReader implements DocumentReader {
    @Override
    public boolean accepts(Path file, byte[] bytes) {
        return FileNames.hasExtension(file, "docx");
    }

    @Override
    public String read(Path file, byte[] bytes) throws DocumentException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    appendParagraph(text, textOf(paragraph));
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> row.getTableCells()
                            .forEach(cell -> cell.getParagraphs().forEach(p -> appendParagraph(text, textOf(p)))));
                }
            }
            for (XWPFFootnote footnote : doc.getFootnotes()) {
                StringBuilder note = new StringBuilder();
                footnote.getParagraphs().forEach(p -> note.append(textOf(p)).append(' '));
                String body = note.toString().strip();
                if (!body.isEmpty() && footnote.getId() != null && footnote.getId().intValue() > 0) {
                    appendParagraph(text, Superscripts.toSuperscript(footnote.getId().toString()) + " " + body);
                }
            }
            if (text.isEmpty()) {
                throw new DocumentException(file, "the .docx document has no text");
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file, "not a readable .docx document: " + e.getMessage(), e);
        }
    }

    /**
     * The paragraph's text run by run: POI's own paragraph text spells footnote references as
     * "[footnoteRef:1]" and appends the footnote; here a reference becomes a superscript marker.
     */
    private static String textOf(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            var refs = run.getCTR().getFootnoteReferenceList();
            if (!refs.isEmpty()) {
                refs.forEach(ref -> out.append(Superscripts.toSuperscript(ref.getId().toString())));
            } else if (!run.getCTR().getFootnoteRefList().isEmpty()) {
                continue; // the number printed at the start of the footnote itself
            } else {
                out.append(run.text());
            }
        }
        return out.toString();
    }

    private static void appendParagraph(StringBuilder text, String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return;
        }
        text.append(paragraph.replace('\n', ' ').strip()).append("\n\n");
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.DOCX;
    }
}
