package org.untoc.kg.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one label resolver of the pages, the search and the lineage picture: names read from the published IRI
 * patterns ("COP resolution 11/1", "Working Group on International Cooperation, twelfth meeting"), so that every
 * page names a resource the same way whichever graph it came from. A label stated in the data is preferred by the
 * callers for things the patterns do not name (States, organisations), see {@link #of(String, String, PublicBase)}.
 */
public final class Labels {
    private static final Pattern ACT = Pattern.compile("([a-z]+)/(decision|resolution)/([^/]+)/([^/]+)(?:/(.+))?");
    private static final Pattern ARTICLE = Pattern.compile("([a-z]+)/article/([^/]+)(?:/paragraph/([^/]+))?(?:/subparagraph/([^/]+))?(?:/(.+))?");
    private static final Pattern SESSION = Pattern.compile("([a-z]+)/session/([0-9]+)");
    private static final Pattern WORKING_GROUP = Pattern.compile("([a-z]+)/working-group/([a-z0-9-]+)(?:/meeting/([^/]+))?");
    private static final Pattern DOCUMENT = Pattern.compile("document/(.+?)(?:/(annex|paragraph|recommendation|heading|intro|footnote|section|chapter|text)/(.+))?");
    /** Issuing bodies as the UN cites them ("GA resolution 55/25"). */
    private static final Map<String, String> BODIES = Map.of("cop", "COP", "ga", "GA", "ecosoc", "ECOSOC", "ccpcj", "CCPCJ",
            "cosp", "COSP", "hrc", "HRC", "sc", "SC");
    private static final Map<String, String> BODY_NAMES = Map.of("cop", "Conference of the Parties", "cosp",
            "Conference of the States Parties to the Convention against Corruption", "ccpcj",
            "Commission on Crime Prevention and Criminal Justice");
    private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private Labels() {}

    /** The label stated in the data if there is one, else the name read from the IRI. */
    public static String of(String iri, String stated, PublicBase base) {
        return of(iri, stated, null, base);
    }

    /**
     * The label stated in the data, else the name the IRI patterns give, else the title (an untitled text goes by
     * its title, e.g. the Convention), else the IRI's tail.
     */
    public static String of(String iri, String stated, String title, PublicBase base) {
        if (stated != null && !stated.isBlank()) {
            return stated;
        }
        String named = fromPattern(iri, base);
        if (named != null) {
            return named;
        }
        return title != null && !title.isBlank() ? title : fromIri(iri, base);
    }

    /**
     * E.g. "COP resolution 11/1", "COP resolution 11/1, annex I (j)", "UNTOC article 5, paragraph 2",
     * "CTOC/COP/WG.3/2021/3", "Conference of the Parties, eleventh session"; else the IRI's tail.
     */
    public static String fromIri(String iri, PublicBase base) {
        String named = fromPattern(iri, base);
        if (named != null) {
            return named;
        }
        String idPrefix = base.publicBase() + "id/";
        return iri.startsWith(idPrefix) ? iri.substring(idPrefix.length()) : localName(iri);
    }

    /** The name a published IRI pattern gives, or null. */
    static String fromPattern(String iri, PublicBase base) {
        String idPrefix = base.publicBase() + "id/";
        if (!iri.startsWith(idPrefix)) {
            return null;
        }
        String path = iri.substring(idPrefix.length());
        Matcher act = ACT.matcher(path);
        if (act.matches()) {
            String body = BODIES.getOrDefault(act.group(1), act.group(1).toUpperCase(Locale.ROOT));
            String name = body + " " + act.group(2) + " " + act.group(3) + "/" + act.group(4);
            return act.group(5) == null ? name : name + ", " + part(act.group(5));
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            String name = article.group(1).toUpperCase(Locale.ROOT) + " article " + article.group(2)
                    + (article.group(3) == null ? "" : ", paragraph " + article.group(3))
                    + (article.group(4) == null ? "" : " (" + article.group(4) + ")");
            return article.group(5) == null ? name : name + ", " + part(article.group(5));
        }
        Matcher session = SESSION.matcher(path);
        if (session.matches()) {
            return BODY_NAMES.getOrDefault(session.group(1), session.group(1).toUpperCase(Locale.ROOT)) + ", "
                    + ordinal(Integer.parseInt(session.group(2))) + " session";
        }
        Matcher group = WORKING_GROUP.matcher(path);
        if (group.matches()) {
            String name = "Working Group on " + capitalise(group.group(2).replace('-', ' '));
            String meeting = group.group(3);
            if (meeting == null) {
                return name;
            }
            return meeting.matches("[0-9]{1,3}") ? name + ", " + ordinal(Integer.parseInt(meeting)) + " meeting"
                    : name + ", meeting of " + meeting;
        }
        Matcher document = DOCUMENT.matcher(path);
        if (document.matches()) {
            return document.group(2) == null ? document.group(1)
                    : document.group(1) + ", " + part(document.group(2) + "/" + document.group(3));
        }
        return BODY_NAMES.get(path);
    }

    /** Path keys that stand alone: the segment after them is a key of its own. */
    private static final java.util.Set<String> TAKES_NO_VALUE = java.util.Set.of("discussion-point", "statement");

    /** A part of a text by its path: "annex/I/recommendation/j" → "annex I (j)", "operative/2" → "operative paragraph 2". */
    static String part(String path) {
        String[] s = path.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            String key = s[i];
            String value = i + 1 < s.length ? s[i + 1] : null;
            // "statement/item-2/ITA": a statement takes both the agenda item and the speaker after it.
            boolean statementBy = "statement".equals(key) && value != null && value.matches("item-[0-9]+") && i + 2 < s.length;
            String piece = switch (key) {
                case "annex" -> "annex " + value;
                case "recommendation", "subparagraph", "item" -> "(" + value + ")";
                case "operative" -> "operative paragraph " + value;
                case "preamble" -> value == null ? "preamble" : "preambular paragraph " + value;
                case "paragraph" -> "paragraph " + value;
                // Named by a hash of its words since the marker is not the same in every shape; the page shows the marker.
                case "footnote" -> value != null && value.matches("[0-9a-f]{10}(-[0-9]+)?") ? "footnote" : "footnote " + value;
                case "heading" -> "heading " + value;
                case "intro" -> "introduction";
                // A paragraph with no number of its own is named by a hash of its words (by its source line before).
                case "text" -> value != null && value.matches("L[0-9]+") ? "unnumbered paragraph at line " + value.substring(1)
                        : "unnumbered paragraph";
                case "discussion-point" -> "discussion point";
                case "participation" -> value == null ? "participation" : "participation of " + value;
                case "statement" -> statementBy ? "statement on agenda item " + value.substring(5) + " by " + s[i + 2] : "statement";
                case "agenda-item" -> "agenda item " + value;
                default -> null;
            };
            if (piece == null) {
                // Not a key/value pair of the patterns: a nested item such as .../2/b/i reads as (b)(i).
                piece = "(" + key + ")";
                value = null;
            }
            if (!out.isEmpty() && !piece.startsWith("(")) {
                out.append(' ');
            } else if (!out.isEmpty() && piece.startsWith("(") && out.charAt(out.length() - 1) != ')') {
                out.append(' ');
            }
            out.append(piece);
            if (statementBy) {
                i += 2;
            } else if (value != null && !TAKES_NO_VALUE.contains(key)) {
                i++;
            }
        }
        return out.toString();
    }

    /** English ordinal words as UN reports spell sessions and meetings ("twelfth", "twenty-first"). */
    static String ordinal(int n) {
        if (n < 0 || n >= 100) {
            return n + "th";
        }
        if (n < ORDINALS.size()) {
            return ORDINALS.get(n);
        }
        int tens = n / 10;
        int units = n % 10;
        if (units == 0) {
            return TENS.get(tens).substring(0, TENS.get(tens).length() - 1) + "ieth";
        }
        return TENS.get(tens) + "-" + ORDINALS.get(units);
    }

    /** Title case as the UN names its working groups: "international cooperation" → "International Cooperation". */
    private static String capitalise(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean small = !out.isEmpty() && List.of("of", "and", "on", "in", "the", "for", "against").contains(word);
            out.append(small || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** The part after the last '#' or '/', for vocabulary terms and foreign IRIs. */
    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
