package org.untoc.kg.serve;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Decides whether a query may use SERVICE. Federation is off unless the endpoint is on the configured allowlist,
 * and even then a SERVICE that resolves to a loopback, link-local or private address is refused (the server
 * must not become a proxy into its own network) unless that is explicitly allowed.
 */
@Singleton
public class ServicePolicy {
    private final SparqlConfig config;

    public ServicePolicy(SparqlConfig config) {
        this.config = config;
    }

    /** True when federation is configured at all. */
    public boolean federationEnabled() {
        return !config.serviceAllowlist().isEmpty();
    }

    /**
     * Throws a 403 {@link SparqlException} naming the first SERVICE the query may not call. This is the early,
     * friendly answer; the rule is enforced where Jena executes a SERVICE ({@link #executor()}), which also sees
     * SERVICE clauses this walk of the algebra does not reach (inside ORDER BY, aggregates, nested EXISTS).
     */
    public void check(Query query) {
        for (Node endpoint : services(query)) {
            checkEndpoint(endpoint);
        }
    }

    /** Throws a 403 {@link SparqlException} unless a SERVICE to this endpoint is allowed. */
    public void checkEndpoint(Node endpoint) {
        if (!endpoint.isURI()) {
            throw refused("SERVICE with a variable endpoint is not allowed");
        }
        String iri = endpoint.getURI();
        if (!federationEnabled()) {
            throw refused("SERVICE <" + iri + "> refused: federated queries are off on this endpoint"
                    + " (allow endpoints with untoc.sparql.service-allowlist)");
        }
        URI target = parse(iri);
        if (target == null || target.getRawUserInfo() != null) {
            // user@host hides the real host from a reader of the IRI (http://allowed.org@10.0.0.1/)
            throw refused("SERVICE <" + iri + "> refused: not a plain http(s) endpoint IRI");
        }
        if (config.serviceAllowlist().stream().noneMatch(entry -> allowedBy(target, entry))) {
            throw refused("SERVICE <" + iri + "> refused: not in the configured service allowlist");
        }
        if (isAmbiguousNumericHost(target.getHost())) {
            throw refused("SERVICE <" + iri + "> refused: write an IP address as four decimal numbers");
        }
        if (!config.allowPrivateServices() && isPrivate(iri)) {
            throw refused("SERVICE <" + iri + "> refused: it resolves to a loopback or private address");
        }
    }

    /**
     * The policy as a link in front of Jena's SERVICE executors: every SERVICE call the engine makes, whatever
     * the query's shape, passes here first with its endpoint bound, and the address is resolved again at this
     * moment (just before the connection, not when the query arrived).
     */
    public ChainingServiceExecutor executor() {
        return (opExecute, opOriginal, binding, execCxt, chain) -> {
            checkEndpoint(opExecute.getService());
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        };
    }

    /** Puts the policy in front of the SERVICE executors of queries run with this context (a dataset's). */
    public void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.addSingleLink(executor());
        ServiceExecutorRegistry.set(context, registry);
        // Jena's own switch stays off unless federation is configured: a second lock on the same door.
        context.set(ARQ.httpServiceAllowed, federationEnabled());
    }

    /** Every SERVICE endpoint in the query, including those in subqueries and EXISTS filters. */
    static List<Node> services(Query query) {
        Op op = Algebra.compile(query);
        List<Node> found = new ArrayList<>();
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found.add(opService.getService());
            }
        };
        Walker.walk(op, visitor, new ExprVisitorBase());
        return found;
    }

    private static URI parse(String iri) {
        try {
            // Normalised (Jena's parser already resolves dot segments; this keeps the check safe on its own).
            URI uri = new URI(iri).normalize();
            String scheme = uri.getScheme();
            boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return http && uri.getHost() != null ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * An allowlist entry names a scheme, host and port exactly and a path prefix: a plain string prefix would let
     * {@code http://allowed.org} admit {@code http://allowed.org.evil.net/}.
     */
    static boolean allowedBy(URI target, String entry) {
        URI allowed = parse(entry.strip());
        if (allowed == null) {
            return false;
        }
        return allowed.getScheme().equalsIgnoreCase(target.getScheme())
                && allowed.getHost().equalsIgnoreCase(target.getHost())
                && port(allowed) == port(target)
                && nullToEmpty(target.getRawPath()).startsWith(nullToEmpty(allowed.getRawPath()));
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Numeric hosts other than canonical dotted quads (2130706433, 0x7f.1, 0177.0.0.1, 127.1) mean different
     * addresses to different resolvers, so what is checked here may not be what is connected to.
     */
    static boolean isAmbiguousNumericHost(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        boolean numeric = h.matches("((0x[0-9a-f]*|[0-9]+)\\.?)+");
        return numeric && !h.matches("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    }

    private static boolean isPrivate(String iri) {
        try {
            String host = URI.create(iri).getHost();
            if (host == null) {
                return true;
            }
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address) || isInternal(embeddedIpv4(address))) {
                    return true;
                }
            }
            return false;
        } catch (IllegalArgumentException | UnknownHostException e) {
            // Cannot tell where it points: refuse rather than guess.
            return true;
        }
    }

    private static boolean isInternal(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] b = address.getAddress();
        boolean zeroNetwork = b.length == 4 && b[0] == 0;
        boolean sharedCgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || isUniqueLocalV6(address) || zeroNetwork || sharedCgnat;
    }

    /**
     * The IPv4 address an IPv6 address carries and that the network may route to (IPv4-compatible ::a.b.c.d,
     * NAT64 64:ff9b::a.b.c.d, 6to4 2002:AABB:CCDD::), or null. IPv4-mapped ::ffff:a.b.c.d Java already reads as
     * the IPv4 address.
     */
    static InetAddress embeddedIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 16) {
            return null;
        }
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        try {
            if (compatible || nat64) {
                return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 2, 6));
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }

    private static boolean isUniqueLocalV6(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc;
    }

    private static SparqlException refused(String message) {
        return new SparqlException(403, message);
    }
}
