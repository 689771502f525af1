package org.untoc.kg.structure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, line-per-block text form of a parsed document, for golden tests and for reading by eye:
 * {@code TYPE|path|label|verb|first 70 chars of text|footnotes|headings (each cut to 30 chars)}.
 */
public final class StructureDump {
    private static final int TEXT_CHARS = 70;
    private static final int HEADING_CHARS = 30;

    private StructureDump() {}

    /** The dump of a whole document: identity lines, blocks, footnotes. */
    public static String of(ParsedDocument doc) {
        StringBuilder out = new StringBuilder();
        DocumentIdentity id = doc.identity();
        out.append("#shape=").append(doc.shape()).append(" kind=").append(doc.kind()).append('\n');
        out.append("#identity body=").append(id.body()).append(" act=").append(id.actKind()).append(' ')
                .append(id.actNumber()).append(" symbols=").append(String.join(",", id.symbols()))
                .append(" date=").append(id.date()).append(id.adopted() == null ? "" : " adopted=" + id.adopted())
                .append(" line=").append(id.line()).append('\n');
        out.append("#title=").append(cut(id.title(), 120)).append('\n');
        for (Block b : doc.blocks()) {
            out.append(line(b)).append('\n');
        }
        for (Footnote f : doc.footnotes().values()) {
            out.append("FOOTNOTE|").append(f.marker()).append('|').append(cut(f.text(), TEXT_CHARS)).append('|')
                    .append(f.line()).append('\n');
        }
        return out.toString();
    }

    /** One block's line. */
    public static String line(Block b) {
        return b.type() + "|" + nz(b.path()) + "|" + nz(b.label()) + "|" + nz(b.verb()) + "|" + cut(b.text(), TEXT_CHARS)
                + "|" + String.join(",", b.footnotes()) + "|"
                + b.headings().stream().map(h -> cut(h, HEADING_CHARS)).collect(Collectors.joining(" > "));
    }

    /** Lines of many blocks, without identity (for comparing two parses of the same text). */
    public static String blocks(List<Block> blocks) {
        return blocks.stream().map(StructureDump::line).collect(Collectors.joining("\n"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int n) {
        if (s == null) return "";
        return s.length() <= n ? s : s.substring(0, n);
    }
}
