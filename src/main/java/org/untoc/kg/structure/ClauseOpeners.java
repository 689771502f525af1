package org.untoc.kg.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the opening verb or phrase of a clause of a resolution: a known opener, else the general rule
 * (an optional adverb, a capitalised participle or adjective for a preamble / a present-tense verb for an
 * operative paragraph, and a following qualifier such as "also", "further", "with appreciation", "in mind").
 * Italic opening words, when the source has them, win over both.
 */
public final class ClauseOpeners {
    private static final List<String> PREAMBULAR = List.of(
            "Bearing in mind", "Taking note with appreciation", "Taking note with satisfaction", "Taking note",
            "Taking into account", "Taking into consideration", "Having considered", "Having examined",
            "Having regard to", "Expressing its appreciation", "Expressing appreciation", "Expressing concern",
            "Expressing deep concern", "Deeply concerned", "Gravely concerned", "Seriously concerned",
            "Deeply alarmed", "Keeping in mind", "Mindful also", "Mindful", "Aware also", "Aware", "Conscious",
            "Cognizant", "Desirous", "Determined", "Confident", "Guided by", "Reiterating");
    private static final List<String> OPERATIVE = List.of(
            "Takes note with appreciation", "Takes note with satisfaction", "Takes note with interest",
            "Also takes note", "Takes note", "Calls upon", "Also calls upon", "Calls on", "Takes into account",
            "Bears in mind", "Draws the attention");
    private static final String QUALIFIER = "(?:\\s+(?:also|further|again|once again|with (?:deep |great |grave )?"
            + "(?:appreciation|concern|satisfaction|interest)|in mind|into account|note(?: with (?:appreciation|satisfaction|interest))?))?";
    private static final Pattern PARTICIPLE = Pattern.compile(
            "^((?:(?:Deeply|Gravely|Seriously|Firmly|Strongly|Fully|Further|Also|Again|Once again)\\s+[a-z]+(?:ing|ed))"
                    + "|(?!United\\b)[A-Z][a-z]+(?:ing|ed))" + QUALIFIER + "(?=[\\s,:;]|$)");
    private static final Pattern ADJECTIVE = Pattern.compile(
            "^((?:Deeply |Fully |Firmly )?(?:Mindful|Aware|Conscious|Cognizant|Desirous|Confident|Appreciative|Grateful|Eager|Anxious))"
                    + "(?:\\s+(?:also|further))?(?=[\\s,:;]|$)");
    private static final String ADVERB = "(?:Also|Further|Again|Once again|Strongly|Urgently|Respectfully|Kindly|Firmly"
            + "|Deeply|Gravely|Seriously|Fully|Further)";
    private static final Pattern PRESENT = Pattern.compile(
            "^((?:" + ADVERB + "(?:\\s+(?:also|further|again|strongly|urgently))?\\s+[a-z]+s|[A-Z][a-z]+s)"
                    + "(?:(?<=[Cc]alls)\\s+(?:upon|on)(?=\\s))?)(?=[\\s,:;]|$)");

    private ClauseOpeners() {}

    /** Opening participle or adjective of a preambular clause, or null. */
    public static String preambular(String text, String lead) {
        if (usable(text, lead)) return lead;
        String known = known(text, PREAMBULAR);
        if (known != null) return known;
        Matcher m = PARTICIPLE.matcher(text);
        if (m.find()) return m.group().strip();
        m = ADJECTIVE.matcher(text);
        return m.find() ? m.group().strip() : null;
    }

    /** Opening present-tense verb phrase of an operative paragraph (text after its label), or null. */
    public static String operative(String text, String lead) {
        if (usable(text, lead)) return lead;
        String known = known(text, OPERATIVE);
        if (known != null) return known;
        Matcher m = PRESENT.matcher(text);
        return m.find() ? m.group().strip() : null;
    }

    private static boolean usable(String text, String lead) {
        return lead != null && text.startsWith(lead) && lead.split("\\s+").length <= 6;
    }

    private static String known(String text, List<String> openers) {
        for (String opener : openers) {
            if (text.startsWith(opener) && (text.length() == opener.length()
                    || !Character.isLetter(text.charAt(opener.length())))) {
                return opener;
            }
        }
        return null;
    }
}
