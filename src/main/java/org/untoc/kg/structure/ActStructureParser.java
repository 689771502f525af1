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

        Run(List<Paragraph> paragraphs) {
            this.paragraphs = paragraphs;
        }

        List<Block> parse() {
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
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
            } else {
                add(BlockType.TEXT, null, null, null, t, p, List.of());
            }
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
                label = items.resolve(label);
                add(BlockType.SUBPARAGRAPH, subPath("operative/" + operativeKey, label), label.printed(), null,
                        label.rest(), p, List.of());
            } else {
                add(BlockType.TEXT, null, null, null, p.text(), p, List.of());
            }
        }

        private String subPath(String parent, Label label) {
            if (label.kind() == Label.Kind.ROMAN_LOWER) {
                String last = lastItemKey(parent);
                return parent + (last == null ? "" : "/" + last) + "/" + label.key();
            }
            return parent + "/" + label.key();
        }

        private String lastItemKey(String parent) {
            for (int i = blocks.size() - 1; i >= 0; i--) {
                String path = blocks.get(i).path();
                if (path != null && path.startsWith(parent + "/")) {
                    return path.substring(parent.length() + 1).split("/")[0];
                }
            }
            return null;
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

        private void annexItem(Paragraph p, Label label) {
            label = items.resolve(label);
            boolean nested = annexItemKind == Label.Kind.NUMBER && label.isItem() && annexItemPath != null;
            if (nested) {
                add(BlockType.SUBPARAGRAPH, annexItemPath + "/" + label.key(), label.printed(), null, label.rest(), p,
                        annexHeadings(true));
                return;
            }
            String kind = annexOfRecommendations ? "recommendation" : "paragraph";
            String path = annexPath + "/" + kind + "/" + label.key();
            annexItemKind = label.kind();
            annexItemPath = path;
            add(annexOfRecommendations ? BlockType.RECOMMENDATION : BlockType.PARAGRAPH, path, label.printed(), null,
                    label.rest(), p, annexHeadings(true));
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
