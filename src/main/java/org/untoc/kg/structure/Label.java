package org.untoc.kg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label that opens a paragraph, as printed, and what kind it is: "12." (NUMBER), "(a)" (LETTER),
 * "(iv)" or "iv." (ROMAN_LOWER), "II." (ROMAN), "A." (CAPITAL).
 *
 * @param kind     kind of label
 * @param printed  label as printed ("(a)", "12.")
 * @param key      label as a path segment ("a", "12", "II")
 * @param rest     the paragraph's text after the label
 */
public record Label(Kind kind, String printed, String key, String rest) {
    /** Kinds of label. */
    public enum Kind { NUMBER, LETTER, ROMAN_LOWER, ROMAN, CAPITAL }

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$");
    private static final Pattern NUMBER_PAREN = Pattern.compile("^\\((\\d{1,3})\\)\\s+(\\S.*)$");
    private static final Pattern ROMAN_LOWER = Pattern.compile("^\\(((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}))\\)\\s+(\\S.*)$");
    /** "ii. Text": a small roman numeral with a full stop, as some texts set their sub-items. */
    private static final Pattern ROMAN_LOWER_DOT = Pattern.compile("^((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}))\\.\\s+(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^\\(([a-z]{1,2})\\)\\s+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\S.*)$");
    private static final Pattern CAPITAL = Pattern.compile("^([A-Z])\\.\\s+(\\S.*)$");

    /** The label opening the text, or null. */
    public static Label of(String text) {
        Matcher m = NUMBER.matcher(text);
        if (m.matches()) return new Label(Kind.NUMBER, m.group(1) + ".", m.group(1), m.group(2));
        m = NUMBER_PAREN.matcher(text);
        if (m.matches()) return new Label(Kind.NUMBER, "(" + m.group(1) + ")", m.group(1), m.group(2));
        m = LETTER.matcher(text);
        // "(i)" after "(h)" is a letter; the parser tells them apart by what came before, so try letters first
        // only for single letters that are not roman numerals.
        if (m.matches() && !ROMAN_LOWER.matcher(text).matches()) {
            return new Label(Kind.LETTER, "(" + m.group(1) + ")", m.group(1), m.group(2));
        }
        m = ROMAN_LOWER.matcher(text);
        if (m.matches()) return new Label(Kind.ROMAN_LOWER, "(" + m.group(1) + ")", m.group(1), m.group(2));
        m = ROMAN_LOWER_DOT.matcher(text);
        if (m.matches()) return new Label(Kind.ROMAN_LOWER, m.group(1) + ".", m.group(1), m.group(2));
        m = ROMAN.matcher(text);
        if (m.matches()) return new Label(Kind.ROMAN, m.group(1) + ".", m.group(1), m.group(2));
        m = CAPITAL.matcher(text);
        if (m.matches()) return new Label(Kind.CAPITAL, m.group(1) + ".", m.group(1), m.group(2));
        return null;
    }

    /** A roman-numeral label read as a letter ("(i)" after "(h)", "(v)" after "(u)"). */
    public Label asLetter() {
        return new Label(Kind.LETTER, printed, key, rest);
    }

    /** Whether this is a lettered or small-roman item label. */
    public boolean isItem() {
        return kind == Kind.LETTER || kind == Kind.ROMAN_LOWER;
    }
}
