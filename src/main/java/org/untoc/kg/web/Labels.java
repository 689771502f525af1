package org.untoc.kg.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Human names for IRIs that have no label in the data, read from the published IRI patterns. */
public final class Labels {
    private static final Pattern ACT = Pattern.compile("([a-z]+)/(decision|resolution)/([^/]+)/([^/]+)(?:/(.+))?");
    private static final Pattern ARTICLE = Pattern.compile("([a-z]+)/article/([^/]+)(?:/paragraph/([^/]+))?(?:/(.+))?");

    private Labels() {}

    /** E.g. "COP resolution 11/1", "UNTOC article 5, paragraph 2", "CTOC/COP/WG.3/2021/3"; else the IRI's tail. */
    public static String fromIri(String iri, PublicBase base) {
        String idPrefix = base.publicBase() + "id/";
        if (!iri.startsWith(idPrefix)) {
            return localName(iri);
        }
        String path = iri.substring(idPrefix.length());
        Matcher act = ACT.matcher(path);
        if (act.matches()) {
            String name = act.group(1).toUpperCase(Locale.ROOT) + " " + act.group(2) + " " + act.group(3) + "/" + act.group(4);
            return act.group(5) == null ? name : name + " › " + act.group(5);
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            String name = article.group(1).toUpperCase(Locale.ROOT) + " article " + article.group(2)
                    + (article.group(3) == null ? "" : ", paragraph " + article.group(3));
            return article.group(4) == null ? name : name + " › " + article.group(4);
        }
        if (path.startsWith("document/")) {
            return path.substring("document/".length());
        }
        return path;
    }

    /** The part after the last '#' or '/', for vocabulary terms and foreign IRIs. */
    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
