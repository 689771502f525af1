package org.untoc.kg.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.untoc.kg.load.Loader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench [--sizes 100,1000,10000] [--out DIR]}: every performance figure, at each corpus size. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark ingest, bulk load, lineage queries (/sparql vs Fuseki) and concurrency on"
                + " generated corpora of the given sizes; prints every figure with machine, JVM and heap.")
public class BenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "100,1000,10000",
            description = "corpus sizes in documents (default ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--out", defaultValue = "target/bench",
            description = "work folder: generated corpora, databases, results (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--queries", defaultValue = "200",
            description = "timed queries per latency figure (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--clients", defaultValue = "4", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "10",
            description = "bound of each concurrent run in seconds (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--workers", description = "loader threads that read and extract documents"
            + " (default: one per processor)")
    Integer workers;

    @Option(names = "--batch", defaultValue = "32",
            description = "most documents per write transaction of the loader (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--no-derived", description = "load without recomputing the derived graphs (then ancestry,"
            + " which reads the work lineage, answers nothing: for profiling the document phase alone)")
    boolean noDerived;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (sizes.stream().anyMatch(s -> s < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sizes must be positive numbers");
        }
        PrintWriter writer = spec.commandLine().getOut();
        Loader.Options defaults = Loader.Options.defaults();
        var load = new Loader.Options(workers == null ? defaults.workers() : workers, batch, defaults.batchTriples(),
                defaults.bulkMinimum());
        var settings = new Benchmark.Settings(seed, queries, clients, seconds, Math.max(100, queries * 20), load,
                !noDerived);
        new Benchmark(writer, out, settings).run(sizes.stream().sorted().toList());
        return 0;
    }
}
