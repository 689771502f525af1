package org.untoc.kg.web;

/** The frame shared by the server-rendered pages: head, stylesheet, site navigation. */
final class Page {
    private Page() {}

    /** A complete HTML document; {@code title} is escaped here, {@code body} must already be safe HTML. */
    static String of(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.esc(title) + " — UNTOC knowledge graph</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n"
                + "<header class=\"site\"><a class=\"brand\" href=\"/\">UNTOC knowledge graph</a>"
                + "<nav><a href=\"/\">Query</a><a href=\"/lineage\">Lineage</a><a href=\"/api/docs\">API</a>"
                + "<a href=\"/ontology\">Ontology</a></nav></header>\n<main>\n" + body + "\n</main>\n</body>\n</html>\n";
    }
}
