package org.untoc.kg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.untoc.kg.detect.ActTitle;
import org.untoc.kg.detect.Detection;
import org.untoc.kg.detect.IssuingBodies;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.Paragraph;

/**
 * Resolutions and decisions: title, preamble (opening and clauses), numbered operative paragraphs with lettered
 * sub-items, then annexes with their title, introductory text, topic headings and labelled items — which are
 * recommendations when the annex's title or introduction speaks of recommendations.
 */
public final class ActStructureParser implements StructureParser {
    private static final Pattern RECOMMENDATIONS = Pattern.compile("(?i)\\brecommendations?\\b");
    /** "… adopted the following recommendations …." introduces a list even without a colon. */
    private static final Pattern INTRODUCES_LIST = Pattern.compile("(?i)\\bthe following\\b");

    private enum State { HEAD, PREAMBLE, OPERATIVE, ANNEX }

    @Override
    public List<Block> parse(NormalizedText text, Detection detection) {
        return new Run(text.paragraphs()).parse();
    }

    /** One pass over one document; holds the parser's state. */
    private static final class Run {
        private final List<Paragraph> paragraphs;
        private final List<Block> blocks = new ArrayList<>();
        private final PathRegistry paths = new PathRegistry();
        private final ItemLabels items = new ItemLabels();
        private State state = State.HEAD;
        private String actLabel;
        private int preambleCount;
        private String operativeKey;
        private String annexPath;
        private String annexTitle;
        private boolean annexOfRecommendations;
        private boolean annexTitlePending;
        private Paragraph annexHeading;
        private String annexLabel;
        private int annexHeadingCount;
        private int annexIntroCount;
        private String topic;
        private String annexItemPath;
        private Label.Kind annexItemKind;
        /** The label of the paragraph after the current one: it settles whether "(i)" is a letter or a numeral. */
        private Label next;

        Run(List<Paragraph> paragraphs) {
            this.paragraphs = paragraphs;
        }

        List<Block> parse() {
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                next = nextLabel(i);
                String annex = Shapes.annexNumber(p.text());
                if (annex != null) {
                    flushAnnexHeading();
                    startAnnex(p, annex);
                    continue;
                }
                switch (state) {
                    case HEAD -> head(p, i);
                    case PREAMBLE -> preamble(p);
                    case OPERATIVE -> operative(p);
                    case ANNEX -> annex(p);
                }
            }
            flushAnnexHeading();
            return blocks;
        }

        private void head(Paragraph p, int i) {
            String t = p.text();
            ActTitle act = actLabel == null ? ActTitle.parse(t) : null;
            if (act != null && act.title() != null) {
                actLabel = act.label();
                add(BlockType.TITLE, "title", actLabel, null, act.title(), p, List.of());
            } else if (act != null) {
                actLabel = t.replaceAll("\\s*\\.$", "");
                boolean titleFollows = i + 1 < paragraphs.size()
                        && !IssuingBodies.looksLikePreambleOpening(paragraphs.get(i + 1).text())
                        && Label.of(paragraphs.get(i + 1).text()) == null;
                if (!titleFollows) {
                    add(BlockType.TITLE, "title", actLabel, null, t, p, List.of());
                }
            } else if (IssuingBodies.looksLikePreambleOpening(t)) {
                add(BlockType.PREAMBLE_INTRO, "preamble", null, null, t, p, List.of());
                state = State.PREAMBLE;
            } else if (Label.of(t) != null && Label.of(t).kind() == Label.Kind.NUMBER) {
                state = State.OPERATIVE;
                operative(p);
            } else if (!hasTitle() && (actLabel != null || (Shapes.headingLike(p) && preambleFollows(i)))) {
                // Without a number line, the title is the line right before the preamble: cover-page lines
                // ("General Assembly", "Fifty-fifth session") also look like headings.
                add(BlockType.TITLE, "title", actLabel, null, t, p, List.of());
            } else if (hasTitle() || actLabel != null || t.startsWith("[")) {
                add(BlockType.TEXT, null, null, null, t, p, List.of());
            }
            // Before the act's number or title: the cover page of an official document (symbol, organ, "Distr.",
            // session, agenda item), which says what the document is but is not text of the act — except the
            // bracketed line printed over the act, "[on the report of the Third Committee (A/62/431)]".
        }

        private boolean preambleFollows(int i) {
            return i + 1 < paragraphs.size() && IssuingBodies.looksLikePreambleOpening(paragraphs.get(i + 1).text());
        }

        private boolean hasTitle() {
            return blocks.stream().anyMatch(b -> b.type() == BlockType.TITLE);
        }

        private void preamble(Paragraph p) {
            Label label = Label.of(p.text());
            if (label != null && label.kind() == Label.Kind.NUMBER) {
                state = State.OPERATIVE;
                operative(p);
                return;
            }
            preambleCount++;
            add(BlockType.PREAMBULAR_CLAUSE, "preamble/" + preambleCount, null,
                    ClauseOpeners.preambular(p.text(), p.lead()), p.text(), p, List.of());
        }

        private void operative(Paragraph p) {
            Label label = Label.of(p.text());
            if (label != null && label.kind() == Label.Kind.NUMBER) {
                operativeKey = label.key();
                items.reset();
                add(BlockType.OPERATIVE_PARAGRAPH, "operative/" + label.key(), label.printed(),
                        ClauseOpeners.operative(label.rest(), p.lead()), label.rest(), p, List.of());
            } else if (label != null && label.isItem() && operativeKey != null) {
                item(BlockType.SUBPARAGRAPH, "operative/" + operativeKey, label, p, List.of());
            } else {
                add(BlockType.TEXT, null, null, null, p.text(), p, List.of());
            }
        }

        /**
         * A lettered item under its paragraph ("operative/1/b"), a roman one under the lettered item before it
         * ("operative/1/b/ii") or, when the list has no letters, under the paragraph itself ("operative/3/ii").
         */
        private void item(BlockType type, String parent, Label label, Paragraph p, List<String> headings) {
            label = items.resolve(label, next);
            boolean roman = label.kind() == Label.Kind.ROMAN_LOWER;
            String under = roman && items.letterPath() != null ? items.letterPath() : parent;
            add(type, under + "/" + label.key(), label.printed(), null, label.rest(), p, headings);
            if (!roman) items.letterAt(blocks.get(blocks.size() - 1).path());
        }

        /** The label of the next paragraph, when it is an item label. */
        private Label nextLabel(int i) {
            if (i + 1 >= paragraphs.size()) return null;
            Label label = Label.of(paragraphs.get(i + 1).text());
            return label != null && label.isItem() ? label : null;
        }

        private void startAnnex(Paragraph p, String number) {
            state = State.ANNEX;
            annexPath = number.isEmpty() ? "annex" : "annex/" + number.toUpperCase(Locale.ROOT);
            annexLabel = Shapes.annexLabel(p.text());
            annexHeading = p;
            annexTitle = Shapes.annexInlineTitle(p.text());
            annexTitlePending = annexTitle == null;
            annexOfRecommendations = annexTitle != null && RECOMMENDATIONS.matcher(annexTitle).find();
            annexHeadingCount = 0;
            annexIntroCount = 0;
            topic = null;
            annexItemPath = null;
            annexItemKind = null;
            items.reset();
            if (annexTitle != null) {
                flushAnnexHeading();
            }
        }

        private void flushAnnexHeading() {
            if (annexHeading != null) {
                add(BlockType.ANNEX_HEADING, annexPath, annexLabel, null,
                        annexTitle == null ? annexLabel : annexTitle, annexHeading, List.of());
                annexHeading = null;
                annexTitlePending = false;
            }
        }

        private void annex(Paragraph p) {
            Label label = Label.of(p.text());
            if (annexTitlePending) {
                annexTitlePending = false;
                if (label == null && Shapes.headingLike(p)) {
                    annexTitle = p.text();
                    annexOfRecommendations = RECOMMENDATIONS.matcher(annexTitle).find();
                    Paragraph heading = annexHeading;
                    annexHeading = new Paragraph(heading.text(), merge(heading.footnotes(), p.footnotes()),
                            heading.line(), heading.headingLevel(), heading.lead());
                    flushAnnexHeading();
                    return;
                }
                flushAnnexHeading();
            }
            if (label != null && (label.kind() == Label.Kind.NUMBER || label.isItem())) {
                annexItem(p, label);
            } else if (label == null && Shapes.headingLike(p)) {
                annexHeadingCount++;
                topic = p.text();
                annexItemPath = null;
                add(BlockType.HEADING, annexPath + "/heading/" + annexHeadingCount, null, null, p.text(), p,
                        annexHeadings(false));
            } else if (label == null && (p.text().endsWith(":") || INTRODUCES_LIST.matcher(p.text()).find())) {
                annexIntroCount++;
                if (RECOMMENDATIONS.matcher(p.text()).find()) {
                    annexOfRecommendations = true;
                }
                add(BlockType.INTRO, annexPath + "/intro/" + annexIntroCount, null, null, p.text(), p,
                        annexHeadings(true));
            } else {
                add(BlockType.TEXT, null, label == null ? null : label.printed(), null, p.text(), p, annexHeadings(true));
            }
        }

        /**
         * An item of an annex: a recommendation or paragraph of its own, or part of the one before it — a lettered
         * item under a numbered one, a roman item under the lettered or numbered one before it (so a roman item in
         * a recommendation stays in that recommendation).
         */
        private void annexItem(Paragraph p, Label label) {
            if (label.isItem() && annexItemPath != null) {
                Label resolved = items.resolve(label, next);
                boolean roman = resolved.kind() == Label.Kind.ROMAN_LOWER;
                // Roman items are siblings of a roman item before them, else the sub-items of the item above.
                if ((roman && annexItemKind != Label.Kind.ROMAN_LOWER) || (!roman && annexItemKind == Label.Kind.NUMBER)) {
                    String under = roman && items.letterPath() != null ? items.letterPath() : annexItemPath;
                    add(BlockType.SUBPARAGRAPH, under + "/" + resolved.key(), resolved.printed(), null,
                            resolved.rest(), p, annexHeadings(true));
                    if (!roman) items.letterAt(blocks.get(blocks.size() - 1).path());
                    return;
                }
                label = resolved;
            } else if (label.isItem()) {
                label = items.resolve(label, next);
            }
            if (label.kind() == Label.Kind.NUMBER) items.reset();
            String kind = annexOfRecommendations ? "recommendation" : "paragraph";
            String path = annexPath + "/" + kind + "/" + label.key();
            annexItemKind = label.kind();
            add(annexOfRecommendations ? BlockType.RECOMMENDATION : BlockType.PARAGRAPH, path, label.printed(), null,
                    label.rest(), p, annexHeadings(true));
            annexItemPath = blocks.get(blocks.size() - 1).path();
            if (label.kind() == Label.Kind.LETTER) items.letterAt(annexItemPath);
        }

        private List<String> annexHeadings(boolean withTopic) {
            List<String> headings = new ArrayList<>();
            headings.add(annexTitle == null ? annexLabel : annexTitle);
            if (withTopic && topic != null) headings.add(topic);
            return headings;
        }

        private void add(BlockType type, String path, String label, String verb, String text, Paragraph p,
                         List<String> headings) {
            blocks.add(new Block(type, paths.unique(path), label, verb, text, p.footnotes(), p.line(), headings));
        }
    }

    private static List<String> merge(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
