package org.untoc.kg.soak;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code soak --url http://127.0.0.1:PORT}: a bounded load test of a running service on this machine. */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Soak-test a running service on loopback: concurrent clients, light and heavy queries, "
                + "latency percentiles per class and heap over time.")
public class SoakCommand implements Callable<Integer> {
    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "the service root (or its /sparql), on a loopback address")
    String url;

    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--duration", defaultValue = "60s", paramLabel = "TIME",
            description = "how long to run, e.g. 60s, 5m, 1500ms (default ${DEFAULT-VALUE})")
    String duration;

    @Option(names = "--max-requests", defaultValue = "20000", description = "stop after this many (default ${DEFAULT-VALUE})")
    long maxRequests;

    @Option(names = "--poll", defaultValue = "1s", paramLabel = "TIME",
            description = "how often to sample the service's heap (default ${DEFAULT-VALUE})")
    String poll;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Duration runFor = parseDuration("--duration", duration);
        Duration pollEvery = parseDuration("--poll", poll);
        if (clients < 1 || clients > 256) {
            throw usage("--clients must be between 1 and 256");
        }
        if (maxRequests < 1) {
            throw usage("--max-requests must be positive");
        }
        if (runFor.compareTo(Duration.ofHours(24)) > 0) {
            throw usage("--duration is at most 24h");
        }
        URI base = serviceRoot(url);
        PrintWriter out = spec.commandLine().getOut();
        long errors = new Soak(base, clients, runFor, maxRequests, pollEvery).run(out);
        return errors == 0 ? 0 : 1;
    }

    /** The root of a loopback service; anything else is a usage error (this tool must not load other hosts). */
    URI serviceRoot(String given) {
        URI uri;
        try {
            uri = URI.create(given);
        } catch (IllegalArgumentException e) {
            throw usage("--url is not a URL: " + given);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw usage("--url must be an http(s) URL with a host: " + given);
        }
        if (!isLoopback(uri.getHost())) {
            throw usage("--url " + given + " is not on a loopback address: soak only targets this machine");
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
    }

    private static boolean isLoopback(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private Duration parseDuration(String option, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return positive(option, Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))));
            if (t.endsWith("s")) return positive(option, Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1))));
            if (t.endsWith("m")) return positive(option, Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1))));
            if (t.endsWith("h")) return positive(option, Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1))));
            return positive(option, Duration.ofSeconds(Long.parseLong(t)));
        } catch (NumberFormatException e) {
            throw usage(option + " is not a duration (e.g. 60s, 5m, 500ms): " + text);
        }
    }

    private Duration positive(String option, Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw usage(option + " must be positive");
        }
        return d;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
