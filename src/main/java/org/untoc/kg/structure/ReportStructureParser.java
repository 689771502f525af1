package org.untoc.kg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.untoc.kg.detect.Detection;
import org.untoc.kg.detect.FrontMatter;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.Paragraph;

/**
 * Reports, papers and other texts: front matter (title and running text), headings ("I.", "A.", unlabelled topic
 * headings), numbered paragraphs and their lettered items, which are recommendations when their paragraph says
 * the body "adopted the following recommendation(s)".
 */
public final class ReportStructureParser implements StructureParser {
    private static final Pattern ADOPTED_RECOMMENDATIONS = Pattern.compile(
            "(?i)\\badopted the following (?:[\\p{L}-]+ )?recommendations?\\b");
    private static final int ANNEX = 0;
    private static final int SECTION = 1;
    private static final int SUBSECTION = 2;
    private static final int TOPIC = 3;

    @Override
    public List<Block> parse(NormalizedText text, Detection detection) {
        return new Run(text.paragraphs(), detection).parse();
    }

    private static final class Run {
        private final List<Paragraph> paragraphs;
        private final Detection detection;
        private final List<Block> blocks = new ArrayList<>();
        private final PathRegistry paths = new PathRegistry();
        private final ItemLabels items = new ItemLabels();
        private final String[] headingStack = new String[TOPIC + 1];
        private int headingCount;
        private String paragraphKey;
        private boolean recommendationsFollow;
        private String prefix = "";
        private boolean annexTitlePending;
        /** The label of the paragraph after the current one: it settles whether "(i)" is a letter or a numeral. */
        private Label next;

        Run(List<Paragraph> paragraphs, Detection detection) {
            this.paragraphs = paragraphs;
            this.detection = detection;
        }

        List<Block> parse() {
            int frontSize = FrontMatter.of(paragraphs).size();
            boolean structured = frontSize < paragraphs.size();
            String title = detection.identity().title();
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                next = nextLabel(i);
                if (i < frontSize && structured) {
                    boolean isTitle = title != null && p.text().equals(title);
                    add(isTitle ? BlockType.TITLE : BlockType.TEXT, isTitle ? "title" : null, null, p.text(), p);
                } else if (structured) {
                    body(p);
                } else {
                    add(BlockType.TEXT, null, null, p.text(), p);
                }
            }
            return blocks;
        }

        private void body(Paragraph p) {
            String annex = Shapes.annexNumber(p.text());
            if (annex != null) {
                startAnnex(p, annex);
                return;
            }
            if (annexTitlePending) {
                annexTitlePending = false;
                if (Label.of(p.text()) == null && Shapes.headingLike(p)) {
                    Block heading = blocks.remove(blocks.size() - 1);
                    List<String> notes = new ArrayList<>(heading.footnotes());
                    notes.addAll(p.footnotes());
                    blocks.add(new Block(heading.type(), heading.path(), heading.label(), null, p.text(), notes,
                            heading.line(), List.of()));
                    headingStack[ANNEX] = p.text();
                    return;
                }
            }
            Label label = Label.of(p.text());
            if (label != null && label.kind() == Label.Kind.ROMAN && !Shapes.endsSentence(label.rest())) {
                heading(SECTION, label, p);
            } else if (label != null && label.kind() == Label.Kind.CAPITAL && !Shapes.endsSentence(label.rest())) {
                heading(SUBSECTION, label, p);
            } else if (label != null && label.kind() == Label.Kind.NUMBER) {
                paragraphKey = label.key();
                recommendationsFollow = ADOPTED_RECOMMENDATIONS.matcher(label.rest()).find();
                items.reset();
                add(BlockType.PARAGRAPH, prefix + "paragraph/" + label.key(), label.printed(), label.rest(), p);
            } else if (label != null && label.isItem()) {
                item(label, p);
            } else if (label == null && Shapes.headingLike(p)) {
                heading(TOPIC, null, p);
            } else {
                add(BlockType.TEXT, null, null, p.text(), p);
            }
        }

        /** An annex of a report: its paragraphs and headings get paths under "annex/{number}/". */
        private void startAnnex(Paragraph p, String number) {
            String label = Shapes.annexLabel(p.text());
            String title = Shapes.annexInlineTitle(p.text());
            prefix = (number.isEmpty() ? "annex" : "annex/" + number.toUpperCase(java.util.Locale.ROOT)) + "/";
            java.util.Arrays.fill(headingStack, null);
            paragraphKey = null;
            recommendationsFollow = false;
            items.reset();
            blocks.add(new Block(BlockType.ANNEX_HEADING, paths.unique(prefix.substring(0, prefix.length() - 1)), label,
                    null, title == null ? label : title, p.footnotes(), p.line(), List.of()));
            headingStack[ANNEX] = title == null ? label : title;
            annexTitlePending = title == null;
        }

        /**
         * A lettered item under its paragraph ("paragraph/2/b"), a roman one under the lettered item before it
         * ("paragraph/2/b/ii") or, in a list without letters, under the paragraph ("paragraph/3/ii"). Under "adopted
         * the following recommendations" the top-level items are the recommendations; a roman item under a lettered
         * recommendation is part of it.
         */
        private void item(Label label, Paragraph p) {
            label = items.resolve(label, next);
            String parent = paragraphKey != null ? prefix + "paragraph/" + paragraphKey : prefix + "heading/" + headingCount;
            boolean roman = label.kind() == Label.Kind.ROMAN_LOWER;
            boolean nested = roman && items.letterPath() != null;
            String path = (nested ? items.letterPath() : parent) + "/" + label.key();
            add(recommendationsFollow && !nested ? BlockType.RECOMMENDATION : BlockType.SUBPARAGRAPH, path,
                    label.printed(), label.rest(), p);
            if (!roman) items.letterAt(blocks.get(blocks.size() - 1).path());
        }

        /** The label of the next paragraph, when it is an item label. */
        private Label nextLabel(int i) {
            if (i + 1 >= paragraphs.size()) return null;
            Label label = Label.of(paragraphs.get(i + 1).text());
            return label != null && label.isItem() ? label : null;
        }

        private void heading(int level, Label label, Paragraph p) {
            headingCount++;
            String text = label == null ? p.text() : label.rest();
            for (int l = level; l <= TOPIC; l++) headingStack[l] = null;
            if (level < TOPIC) {
                paragraphKey = null;
                recommendationsFollow = false;
                items.reset();
            }
            add(BlockType.HEADING, prefix + "heading/" + headingCount, label == null ? null : label.printed(), text, p);
            headingStack[level] = label == null ? text : label.printed() + " " + text;
        }

        private List<String> headings() {
            List<String> out = new ArrayList<>();
            for (int l = ANNEX; l <= TOPIC; l++) {
                if (headingStack[l] != null) out.add(headingStack[l]);
            }
            return out;
        }

        private void add(BlockType type, String path, String label, String text, Paragraph p) {
            blocks.add(new Block(type, paths.unique(path), label, null, text, p.footnotes(), p.line(), headings()));
        }
    }
}
