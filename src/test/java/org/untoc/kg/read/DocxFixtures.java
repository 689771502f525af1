package org.untoc.kg.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a plain text as a .docx with one paragraph per non-blank line. With real footnotes, the footnote lines
 * ("¹ text") become Word footnotes and each superscript marker a footnote reference, as a word processor makes them.
 */
public final class DocxFixtures {
    private static final Pattern NOTE_LINE = Pattern.compile("^\\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s+(.*)$");
    private static final Pattern MARKER = Pattern.compile("\\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)");

    private DocxFixtures() {}

    public static void write(String text, Path docx, boolean realFootnotes) throws IOException {
        Map<String, String> notes = new HashMap<>();
        if (realFootnotes) {
            for (String line : text.split("\\n")) {
                Matcher m = NOTE_LINE.matcher(line);
                if (m.matches()) notes.put(m.group(1), m.group(2).strip());
            }
        }
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : text.split("\\n")) {
                if (line.isBlank() || (realFootnotes && NOTE_LINE.matcher(line).matches())) {
                    continue;
                }
                XWPFParagraph paragraph = doc.createParagraph();
                if (!realFootnotes) {
                    paragraph.createRun().setText(line.strip());
                    continue;
                }
                Matcher m = MARKER.matcher(line.strip());
                int from = 0;
                String s = line.strip();
                while (m.find()) {
                    paragraph.createRun().setText(s.substring(from, m.start()));
                    XWPFFootnote footnote = doc.createFootnote();
                    footnote.createParagraph().createRun().setText(notes.getOrDefault(m.group(1), ""));
                    paragraph.addFootnoteReference(footnote);
                    from = m.end();
                }
                paragraph.createRun().setText(s.substring(from));
            }
            doc.write(out);
        }
    }
}
