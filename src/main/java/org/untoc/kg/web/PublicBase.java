package org.untoc.kg.web;

import java.net.URI;
import java.util.Optional;

/**
 * Maps the public base of the dataset's IRIs ({@code https://w3id.org/untoc/}) to the host that actually serves
 * them, so that links work on localhost and behind any proxy while the IRIs in the data stay the published ones.
 */
public final class PublicBase {
    /** The base every resource IRI of the dataset starts with. */
    public static final String DEFAULT = "https://w3id.org/untoc/";

    private final String publicBase;
    private final String servedAt;

    /**
     * @param publicBase the published base, ending in "/"
     * @param servedAt where this server answers for it, e.g. "http://localhost:8080"; empty for root-relative links
     */
    public PublicBase(String publicBase, String servedAt) {
        if (!publicBase.endsWith("/")) {
            throw new IllegalArgumentException("the public base must end with '/': " + publicBase);
        }
        this.publicBase = publicBase;
        this.servedAt = servedAt.endsWith("/") ? servedAt.substring(0, servedAt.length() - 1) : servedAt;
    }

    /** The published base, e.g. https://w3id.org/untoc/. */
    public String publicBase() {
        return publicBase;
    }

    /** True for IRIs this server can show (those under the public base). */
    public boolean isLocal(String iri) {
        return iri.startsWith(publicBase);
    }

    /** The public IRI of a resource from the path after {@code /id/}, e.g. "cop/decision/3/2". */
    public String resourceIri(String idPath) {
        return publicBase + "id/" + idPath;
    }

    /** The IRI of a named graph from the path after {@code /graph/}, e.g. "cop/resolution/11/1". */
    public String graphIri(String graphPath) {
        return publicBase + "graph/" + graphPath;
    }

    /** The address to link for an IRI: local IRIs on this server, anything else as it is. */
    public String href(String iri) {
        return isLocal(iri) ? servedAt + "/" + iri.substring(publicBase.length()) : iri;
    }

    /** The page of the resource a named graph was extracted from: graph/{key} holds the text of id/{key}. */
    public Optional<String> resourceOfGraph(String graphIri) {
        String graphs = publicBase + "graph/";
        return graphIri.startsWith(graphs) ? Optional.of(publicBase + "id/" + graphIri.substring(graphs.length())) : Optional.empty();
    }

    /** True if the string is an absolute http(s) IRI, the only kind rendered as an outbound link. */
    public static boolean isWebIri(String iri) {
        try {
            URI u = new URI(iri);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
