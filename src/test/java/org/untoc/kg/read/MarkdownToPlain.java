package org.untoc.kg.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Markdown the way a word processor would show it, as plain text: no heading marks, emphasis or rules,
 * escaped asterisks (footnote markers) printed as asterisks;
 * {@code <sup>n</sup>} as Unicode superscripts; links as their text. Used to build PDF and .docx fixtures of the
 * Markdown sources.
 */
final class MarkdownToPlain {
    private static final Pattern SUP = Pattern.compile("<sup>([0-9]+)</sup>");

    private MarkdownToPlain() {}

    static String render(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\\n", -1)) {
            String s = line.replaceAll("^\\s{0,3}#{1,6}\\s+", "")
                    .replaceAll("^\\s{0,3}-{3,}\\s*$", "")
                    .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                    .replace("\\*", "\uE000")
                    .replaceAll("\\*{1,3}", "")
                    .replace("\\", "")
                    .replace('\uE000', '*');
            Matcher m = SUP.matcher(s);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, Superscripts.toSuperscript(m.group(1)));
            }
            m.appendTail(b);
            out.append(b.toString().stripTrailing()).append('\n');
        }
        // Markdown joins consecutive lines into one paragraph; plain text keeps one paragraph per line.
        return out.toString().replaceAll("(?<=\\S)\\n(?=\\S)", " ");
    }
}
