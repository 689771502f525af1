package org.untoc.kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void lineEndsAnswerAsTheirRegexes() {
        Pattern quotes = Pattern.compile(".*[.;:!?,][”\"’')]*\\s*$");
        Pattern quotesSuperscripts = Pattern.compile(".*[.;:!?,][”\"’')]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*\\s*$");
        Pattern bracketSuperscripts = Pattern.compile(".*[.;:!?,][”\"’')\\]]*" + Superscripts.CLASS + "*\\s*$");
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < CASES; i++) {
            String line = line(random);
            assertEquals(quotes.matcher(line).matches(), LineEnds.endsClause(line, LineEnds.QUOTES, false), line);
            assertEquals(quotesSuperscripts.matcher(line).matches(), LineEnds.endsClause(line, LineEnds.QUOTES, true), line);
            assertEquals(bracketSuperscripts.matcher(line).matches(),
                    LineEnds.endsClause(line, LineEnds.QUOTES_AND_BRACKET, true), line);
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
