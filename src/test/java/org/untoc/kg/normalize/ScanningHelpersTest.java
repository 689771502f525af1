package org.untoc.kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.untoc.kg.read.Superscripts;
import org.untoc.kg.util.AsciiWords;

/**
 * The hand-written scans that replaced regexes on hot paths answer exactly as the regexes they replaced, on random
 * lines over an alphabet of the characters that matter to them (punctuation, closers, superscripts, every kind of
 * space and line break, letters of both cases).
 */
class ScanningHelpersTest {
    private static final String ALPHABET = "aZm.;:!?,”\"’')]¹²⁰ \t\n\r\u000B\f\u00A0\u2009\u202F\u2028\u0085xMETSesion";
    private static final int CASES = 200_000;

    /** Each way of ending a line the readers use, beside the regex it stands for. */
    @Test
    void lineEndsAnswerAsTheirRegexes() {
        Map<LineEnds, Pattern> uses = new LinkedHashMap<>();
        String quotes = "[”\"’')]*";
        String quotesAndBracket = "[”\"’')\\]]*";
        // ContentShapeDetector; PdfExtractNormalizer; LayoutRecovery (clause ends)
        uses.put(new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES, false, true), Pattern.compile(".*[.;:!?,]" + quotes + "\\s*$"));
        uses.put(new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES, true, true),
                Pattern.compile(".*[.;:!?,]" + quotes + "[⁰¹²³⁴⁵⁶⁷⁸⁹]*\\s*$"));
        uses.put(new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES_AND_BRACKET, true, true),
                Pattern.compile(".*[.;:!?,]" + quotesAndBracket + Superscripts.CLASS + "*\\s*$"));
        // structure/Shapes; detect/FrontMatter (whole paragraphs, no trailing space)
        uses.put(new LineEnds(LineEnds.CLAUSE, LineEnds.QUOTES_AND_BRACKET, false, false),
                Pattern.compile(".*[.;:!?,]" + quotesAndBracket + "$"));
        uses.put(new LineEnds(LineEnds.CLAUSE, "", false, false), Pattern.compile(".*[.;:!?,]$"));
        // ParagraphAssembler; LayoutRecovery; PdfExtractNormalizer (sentence ends: no comma)
        uses.put(new LineEnds(LineEnds.SENTENCE, LineEnds.QUOTES_AND_BRACKET, false, false),
                Pattern.compile(".*[.;:!?]" + quotesAndBracket + "$"));
        uses.put(new LineEnds(LineEnds.SENTENCE, LineEnds.QUOTES_AND_BRACKET, false, true),
                Pattern.compile(".*[.;:!?]" + quotesAndBracket + "\\s*$"));
        uses.put(new LineEnds(LineEnds.SENTENCE, LineEnds.QUOTES, true, true),
                Pattern.compile(".*[.;:!?]" + quotes + "[⁰¹²³⁴⁵⁶⁷⁸⁹]*\\s*$"));
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < CASES; i++) {
            String line = line(random);
            uses.forEach((ends, regex) -> assertEquals(regex.matcher(line).matches(), ends.test(line), regex + " on " + line));
        }
    }

    @Test
    void collapseAnswersAsItsRegex() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < CASES; i++) {
            String s = line(random);
            String regex = s.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ')
                    .replaceAll("[ \\t\\f\\u000B]+", " ").strip();
            assertEquals(regex, Whitespace.collapse(s), s);
        }
    }

    @Test
    void literalChecksAnswerAsCaseInsensitiveFinds() {
        SplittableRandom random = new SplittableRandom(3);
        for (String word : new String[] {"met", "session", "meeting"}) {
            Pattern p = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE);
            for (int i = 0; i < CASES / 4; i++) {
                String s = line(random);
                assertEquals(p.matcher(s).find(), AsciiWords.contains(s, word), s);
            }
        }
        Pattern superscript = Pattern.compile(".*" + Superscripts.CLASS + ".*", Pattern.DOTALL);
        for (int i = 0; i < CASES / 4; i++) {
            String s = line(random);
            assertEquals(superscript.matcher(s).matches(), Superscripts.containsAny(s), s);
        }
    }

    private static String line(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int k = 0; k < n; k++) {
            // Whole words now and then, so the literal checks meet their word in every case.
            if (random.nextInt(8) == 0) {
                String[] words = {"MET", "Session", "meeTing", "metre", "sesSION"};
                b.append(words[random.nextInt(words.length)]);
            } else {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}
