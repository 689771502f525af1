package org.untoc.kg.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bodies whose acts open with "The {body}," and the IRI segment of each (see {@code Ids.Body}). Order
 * matters: the Conference of the States Parties (UNCAC) must be tried before the Conference of the Parties.
 */
public final class IssuingBodies {
    private static final Map<Pattern, String> OPENINGS = new LinkedHashMap<>();

    static {
        OPENINGS.put(open("Conference of the States Parties to the United Nations Convention against Corruption"), "cosp");
        OPENINGS.put(open("Conference of the Parties to the United Nations Convention against Transnational Organized Crime"), "cop");
        OPENINGS.put(open("General Assembly"), "ga");
        OPENINGS.put(open("Economic and Social Council"), "ecosoc");
        OPENINGS.put(open("Commission on Crime Prevention and Criminal Justice"), "ccpcj");
        OPENINGS.put(open("Security Council"), "sc");
        OPENINGS.put(open("Human Rights Council"), "hrc");
    }

    private IssuingBodies() {}

    private static Pattern open(String body) {
        return Pattern.compile("^The " + body.replace(" ", "\\s+") + "\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);
    }

    /** The body segment when the paragraph is a preamble opening ("The General Assembly,"), else null. */
    public static String bodyOfPreambleOpening(String paragraph) {
        for (Map.Entry<Pattern, String> e : OPENINGS.entrySet()) {
            if (e.getKey().matcher(paragraph.strip()).matches()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether a paragraph looks like the opening of a preamble of some body, known or not: "The …,". */
    public static boolean looksLikePreambleOpening(String paragraph) {
        String s = paragraph.strip();
        return bodyOfPreambleOpening(s) != null
                || (s.startsWith("The ") && s.endsWith(",") && s.length() < 200 && !s.contains(". "));
    }
}
