package org.untoc.kg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.untoc.kg.vocab.Ids;

/**
 * UN documents cited by symbol ("CTOC/COP/WG.3/2021/3, paras. 2–4"; a joint "X-Y" symbol cites both) and
 * instruments cited by their Treaty Series entry ("vol. 2225, No. 39574"), resolved through the curated table.
 */
final class DocumentCitations {
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/.])(?:CTOC|CAC|A|E|S|ST|UNODC|TD)(?:/[A-Za-z0-9.]+){2,}");
    private static final Pattern PIN = Pattern.compile(
            "^\\s*,\\s*((?:paras?\\.|paragraphs?)\\s*\\d+(?:\\s*(?:[-–]|and|,)\\s*\\d+)*|sections?\\s+[IVXLC]+(?:\\.[A-Z0-9]+)*"
                    + "|sect\\.\\s*[A-Z0-9.]*[A-Z0-9]|(?:chap\\.|chapter)\\s*[IVXLC]+(?:\\.[A-Z])?|annex(?:\\s+[IVXLC]+)?)");
    /** "A/62/421 and Corr.1", "E/CN.15/2019/5 and Add.1 and 2": corrigenda and addenda, each a document of its own. */
    private static final Pattern PARTS = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:and|&)\\s+((Corr|Add|Rev)\\.\\s?(\\d+)((?:\\s*(?:,|and)\\s*\\d+(?![\\d/]))*))");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TREATY = Pattern.compile(
            "\\bvols?\\.\\s*(\\d+(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+)\\d+)*)\\s*,\\s*No\\.\\s*(\\d+)");

    private static final Pattern ACT_SYMBOL = Pattern.compile("(A|E)/RES/(\\d{1,4})/(\\d{1,4})");

    /** The act a symbol is the symbol of, or null: A/RES/55/25 is General Assembly resolution 55/25. */
    static String actOfSymbol(String symbol) {
        Matcher act = ACT_SYMBOL.matcher(symbol);
        if (!act.matches()) return null;
        return Ids.act(act.group(1).equals("A") ? Ids.Body.GA : Ids.Body.ECOSOC, Ids.ActKind.RESOLUTION,
                act.group(2), act.group(3));
    }

    private final MaskedSentence sentence;
    private final TreatySeries treatySeries;
    private final String m;

    DocumentCitations(MaskedSentence sentence, TreatySeries treatySeries) {
        this.sentence = sentence;
        this.treatySeries = treatySeries;
        this.m = sentence.text();
    }

    /** Adds the sentence's document and Treaty Series citations to {@code out}. */
    void find(List<Citation> out) {
        symbols(out);
        treaties(out);
    }

    private void symbols(List<Citation> out) {
        Matcher s = SYMBOL.matcher(m);
        List<int[]> found = new ArrayList<>();
        while (s.find()) {
            int end = s.end();
            while (end > s.start() && (m.charAt(end - 1) == '.' || m.charAt(end - 1) == ',')) end--;
            String symbol = m.substring(s.start(), end);
            if (!symbol.matches(".*\\d.*")) continue;
            found.add(new int[] {s.start(), end});
        }
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            // A joint symbol "X-Y" shares one pinpoint, written after its second half.
            int pinFrom = f[1];
            if (i + 1 < found.size() && m.substring(f[1], found.get(i + 1)[0]).equals("-")) {
                pinFrom = found.get(i + 1)[1];
            }
            // The second half of a joint symbol names the same document as the first.
            String jointWith = i > 0 && m.substring(found.get(i - 1)[1], f[0]).equals("-")
                    ? Ids.document(m.substring(found.get(i - 1)[0], found.get(i - 1)[1])) : null;
            Matcher pin = PIN.matcher(m.substring(pinFrom));
            StringBuilder pins = new StringBuilder();
            int c = pinFrom;
            while (pin.find()) {
                if (pins.length() > 0) pins.append(", ");
                pins.append(pin.group(1).trim());
                c += pin.end();
                pin = PIN.matcher(m.substring(c));
            }
            String symbol = m.substring(f[0], f[1]);
            String pinpoint = pins.length() == 0 ? null : pins.toString();
            parts(out, symbol, f[1]);
            String text = sentence.raw().substring(f[0], f[1]);
            Matcher act = ACT_SYMBOL.matcher(symbol);
            if (act.matches()) {
                // A/RES/55/25 is the symbol of General Assembly resolution 55/25 itself (E/RES/… of the Council's).
                Ids.Body body = act.group(1).equals("A") ? Ids.Body.GA : Ids.Body.ECOSOC;
                out.add(new Citation(Citation.Kind.ACT, f[0], f[1], text,
                        Ids.act(body, Ids.ActKind.RESOLUTION, act.group(2), act.group(3)), List.of(), null, null,
                        pinpoint, false));
            } else {
                out.add(new Citation(Citation.Kind.DOCUMENT, f[0], f[1], text, Ids.document(symbol), List.of(), null,
                        null, pinpoint, false, jointWith));
            }
        }
    }

    /**
     * The corrigenda and addenda written after a symbol. Their symbol is not written out, so the citation's text is
     * the symbol they make ("A/62/421/Corr.1"), read where "Corr.1" stands.
     */
    private void parts(List<Citation> out, String symbol, int from) {
        int cursor = from;
        Matcher p;
        while ((p = PARTS.matcher(m.substring(cursor))).find()) {
            int start = cursor + p.start(1);
            int end = cursor + p.end(1);
            List<String> numbers = new ArrayList<>();
            numbers.add(p.group(3));
            Matcher more = DIGITS.matcher(p.group(4));
            while (more.find()) numbers.add(more.group());
            for (String n : numbers) {
                String part = symbol + "/" + p.group(2) + "." + n;
                out.add(new Citation(Citation.Kind.DOCUMENT, start, end, part, Ids.document(part), List.of(), null,
                        null, null, false));
            }
            cursor = end;
        }
    }

    private void treaties(List<Citation> out) {
        Matcher t = TREATY.matcher(m);
        while (t.find()) {
            for (String volume : t.group(1).split("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)\\s*")) {
                String v = volume.trim();
                if (v.isEmpty()) continue;
                String segment = treatySeries.instrument(v, t.group(2));
                out.add(new Citation(Citation.Kind.INSTRUMENT, t.start(), t.end(), sentence.raw().substring(t.start(), t.end()),
                        segment == null ? null : Ids.instrument(segment), List.of(), null, null, null, false));
            }
        }
    }
}
