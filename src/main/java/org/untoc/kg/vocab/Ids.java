package org.untoc.kg.vocab;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Mints the public, stable resource IRIs under {@code https://w3id.org/untoc/id/}.
 *
 * <p>These patterns are a published contract (see the README): change them only with a redirect plan.
 */
public final class Ids {
    public static final String BASE = "https://w3id.org/untoc/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    private Ids() {}

    /** Issuing bodies and their IRI segment. */
    public enum Body {
        COP("cop"), GA("ga"), ECOSOC("ecosoc"), CCPCJ("ccpcj"), COSP("cosp"), SC("sc"), HRC("hrc");
        public final String segment;
        Body(String segment) { this.segment = segment; }
    }

    /** Kind of act, as its IRI segment. */
    public enum ActKind {
        DECISION("decision"), RESOLUTION("resolution");
        public final String segment;
        ActKind(String segment) { this.segment = segment; }
    }

    /** {@code id/{instrument}/article/{n}/paragraph/{p}/subparagraph/{x}}, e.g. art. 32, para. 3 (e). */
    public static String articleSubparagraph(String instrumentSegment, String n, String p, String x) {
        return articleParagraph(instrumentSegment, n, p) + "/subparagraph/" + x;
    }

    /** {@code id/{body}/{decision|resolution}/{session}/{number}}, e.g. id/cop/decision/3/2. */
    public static String act(Body body, ActKind kind, String session, String number) {
        return ID + body.segment + "/" + kind.segment + "/" + session + "/" + number;
    }

    /** The Convention itself, or another instrument: id/untoc, id/uncac, id/instrument/{slug}. */
    public static String instrument(String segment) {
        return ID + segment;
    }

    /** {@code id/{instrument}/article/{n}}. */
    public static String article(String instrumentSegment, String n) {
        return ID + instrumentSegment + "/article/" + n;
    }

    /** {@code id/{instrument}/article/{n}/paragraph/{p}}. */
    public static String articleParagraph(String instrumentSegment, String n, String p) {
        return article(instrumentSegment, n) + "/paragraph/" + p;
    }

    /** {@code id/{instrument}/chapter/{roman}}, e.g. id/uncac/chapter/IV. */
    public static String chapter(String instrumentSegment, String roman) {
        return ID + instrumentSegment + "/chapter/" + roman;
    }

    /** {@code id/{body}/rules-of-procedure}: the rules of procedure of a body, e.g. id/cop/rules-of-procedure. */
    public static String rulesOfProcedure(Body body) {
        return ID + body.segment + "/rules-of-procedure";
    }

    /** {@code id/{body}/rules-of-procedure/rule/{n}}. */
    public static String rule(Body body, String n) {
        return rulesOfProcedure(body) + "/rule/" + n;
    }

    /** {@code id/state/{ISO 3166-1 alpha-3}}. */
    public static String state(String iso3) {
        return ID + "state/" + iso3.toUpperCase(Locale.ROOT);
    }

    /** {@code id/organization/{slug}} for intergovernmental organisations, the European Union among them. */
    public static String organization(String slug) {
        return ID + "organization/" + slug;
    }

    /** {@code id/document/{symbol}}; the symbol keeps its slashes, other unsafe characters are escaped. */
    public static String document(String symbol) {
        StringBuilder sb = new StringBuilder(ID).append("document/");
        for (String part : symbol.trim().split("/", -1)) {
            if (sb.charAt(sb.length() - 1) != '/') sb.append('/');
            sb.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** The page of a document on the UN documents system, e.g. https://undocs.org/CTOC/COP/WG.3/2021/3. */
    public static String undocs(String symbol) {
        return "https://undocs.org/" + document(symbol).substring((ID + "document/").length());
    }

    /** The Conference of the Parties, {@code id/cop}. */
    public static String conference() {
        return ID + "cop";
    }

    /** {@code id/cop/session/{n}}. */
    public static String copSession(int n) {
        return ID + "cop/session/" + n;
    }

    /** {@code id/cop/working-group/{slug}}, e.g. international-cooperation. */
    public static String workingGroup(String slug) {
        return ID + "cop/working-group/" + slug;
    }

    /** {@code id/cop/working-group/{slug}/meeting/{ordinal}}. */
    public static String meeting(String workingGroupSlug, int ordinal) {
        return workingGroup(workingGroupSlug) + "/meeting/" + ordinal;
    }

    /** {@code id/cop/working-group/{slug}/meeting/{yyyy-MM-dd}}: a meeting no text gives an ordinal, by its first day. */
    public static String meeting(String workingGroupSlug, java.time.LocalDate firstDay) {
        return workingGroup(workingGroupSlug) + "/meeting/" + firstDay;
    }

    /** {@code id/tool/{slug}}: a tool or portal (SHERLOC, the Mutual Legal Assistance Request Writer Tool). */
    public static String tool(String slug) {
        return ID + "tool/" + slug;
    }

    /** {@code id/person/{slug}}: a person a text names (a Chair), by the slug of the name as written. */
    public static String person(String slug) {
        return ID + "person/" + slug;
    }

    /** {@code id/unresolved/{slug}}: a name a text uses that no reference data resolves; never guessed. */
    public static String unresolved(String slug) {
        return ID + "unresolved/" + slug;
    }

    /** Named graph holding everything extracted from one source text. */
    public static String graph(String key) {
        return GRAPH + key;
    }
}
