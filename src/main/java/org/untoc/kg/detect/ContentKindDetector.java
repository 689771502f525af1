package org.untoc.kg.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.Paragraph;
import org.untoc.kg.normalize.RunningHeaders;
import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentKind;

/**
 * Kind and identity from content. An act has a title line "Resolution 11/1" / "Decision 3/2" and a preamble
 * opening "The {body},"; a working-group report has at least two of its usual section headings; a Secretariat
 * paper says so in its front matter ("prepared by the Secretariat", "Note by the Secretariat").
 */
public final class ContentKindDetector implements KindDetector {
    /** Front matter and act heads are short; looking further only finds citations of other documents. */
    private static final int HEAD = 15;
    private static final Pattern REPORT_SECTION = Pattern.compile(
            "^(?:[IVXL]+\\.\\s+|[A-Z]\\.\\s+)?(Recommendations|Summary of deliberations|Organization of the (?:meeting|session)"
                    + "|Attendance|Adoption of the report|Opening of the meeting|Adoption of the agenda.*)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "(?i)^Report (?:on|of) the (?:[\\p{L}-]+ )*meetings? of the .*\\b(?:Working Group|working groups)\\b");
    private static final Pattern SECRETARIAT = Pattern.compile(
            "(?i)(prepared by the Secretariat|Note by the Secretariat|Report of the Secretariat"
                    + "|Report of the Secretary-General|Note by the Secretary-General|Background paper)");
    private static final Pattern DISTR_DATE = Pattern.compile(
            "Distr\\.?:?\\s*(?:General|Limited|Restricted)?\\s*,?\\s*(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})");
    private static final Pattern SYMBOL_LINE = Pattern.compile(
            "^(?:United Nations\\s+)?(" + RunningHeaders.SYMBOL + ")(?:\\s*-\\s*(" + RunningHeaders.SYMBOL + "))?$");
    private static final Pattern SYMBOL = Pattern.compile(RunningHeaders.SYMBOL);

    @Override
    public Detection detect(NormalizedText text) {
        List<Paragraph> paragraphs = text.paragraphs();
        int head = Math.min(HEAD, paragraphs.size());
        String actKind = null;
        String actNumber = null;
        String title = null;
        String body = null;
        int line = 0;
        for (int i = 0; i < head; i++) {
            Paragraph p = paragraphs.get(i);
            ActTitle act = body == null ? ActTitle.parse(p.text()) : null;
            if (act != null && actNumber == null) {
                actKind = act.kind();
                actNumber = act.number();
                line = p.line();
                title = act.title();
                if (title == null && i + 1 < paragraphs.size()
                        && !IssuingBodies.looksLikePreambleOpening(paragraphs.get(i + 1).text())) {
                    title = paragraphs.get(i + 1).text();
                }
            }
            if (body == null && IssuingBodies.looksLikePreambleOpening(p.text())) {
                body = IssuingBodies.bodyOfPreambleOpening(p.text());
                if (line == 0) line = p.line();
                if (title == null && i > 0 && actNumber == null) {
                    title = paragraphs.get(i - 1).text();
                }
                break;
            }
        }
        List<String> symbols = symbols(text, head);
        String date = date(paragraphs, head);
        DocumentKind kind;
        if (actNumber != null || body != null) {
            kind = "decision".equals(actKind) ? DocumentKind.DECISION : DocumentKind.RESOLUTION;
        } else if (reportSections(paragraphs) >= 2 || reportTitle(paragraphs)) {
            kind = DocumentKind.WORKING_GROUP_REPORT;
        } else if (secretariatPaper(paragraphs)) {
            kind = DocumentKind.SECRETARIAT_PAPER;
        } else {
            kind = DocumentKind.OTHER;
        }
        if (title == null && kind != DocumentKind.RESOLUTION && kind != DocumentKind.DECISION) {
            title = FrontMatter.title(paragraphs);
        }
        if (line == 0) {
            line = FrontMatter.titleLine(paragraphs, title);
        }
        String adopted = actNumber != null || body != null ? AdoptionDate.of(paragraphs, head) : null;
        return new Detection(kind, new DocumentIdentity(body, actKind, actNumber, symbols, title, date, adopted, line));
    }

    private static int reportSections(List<Paragraph> paragraphs) {
        Set<String> seen = new LinkedHashSet<>();
        for (Paragraph p : paragraphs) {
            Matcher m = REPORT_SECTION.matcher(p.text());
            if (m.matches()) {
                seen.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s.*", ""));
            }
        }
        return seen.size();
    }

    /** "Report on the meeting of the Working Group …" in the front matter. */
    private static boolean reportTitle(List<Paragraph> paragraphs) {
        return FrontMatter.of(paragraphs).stream().anyMatch(p -> REPORT_TITLE.matcher(p.text()).find());
    }

    private static boolean secretariatPaper(List<Paragraph> paragraphs) {
        for (Paragraph p : FrontMatter.of(paragraphs)) {
            if (SECRETARIAT.matcher(p.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The document's own symbols: from running headers (most frequent first) or a symbol line in the head. */
    private static List<String> symbols(NormalizedText text, int head) {
        Set<String> symbols = new LinkedHashSet<>();
        for (String header : text.runningHeaders()) {
            Matcher m = SYMBOL.matcher(header);
            while (m.find()) {
                if (m.group().chars().filter(c -> c == '/').count() >= 2) {
                    symbols.add(m.group());
                }
            }
        }
        if (symbols.isEmpty()) {
            for (Paragraph p : text.paragraphs().subList(0, head)) {
                Matcher m = SYMBOL_LINE.matcher(p.text());
                if (m.matches()) {
                    symbols.add(m.group(1));
                    if (m.group(2) != null) symbols.add(m.group(2));
                    break;
                }
            }
        }
        return new ArrayList<>(symbols);
    }

    private static String date(List<Paragraph> paragraphs, int head) {
        for (Paragraph p : paragraphs.subList(0, head)) {
            Matcher m = DISTR_DATE.matcher(p.text());
            if (m.find()) {
                return AdoptionDate.iso(m.group(1));
            }
        }
        return null;
    }
}
