package org.untoc.kg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.untoc.kg.store.KnowledgeStore;

/**
 * Whole-dataset downloads, N-Quads and TriG (gzipped), each with a SHA-256 file. A dump is written once per
 * dataset version into the data directory and then served from disk; a load that changes the data changes the
 * version, and the next request writes new dumps.
 */
public final class DatasetDumps {
    /** Published file names (stable across versions) → the syntax written. */
    public static final Map<String, RDFFormat> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("untoc-kg.nq.gz", RDFFormat.NQUADS);
        FORMATS.put("untoc-kg.trig.gz", RDFFormat.TRIG_BLOCKS);
    }

    /** Media types of the dump files, for VoID. */
    public static final Map<String, String> MEDIA_TYPES = Map.of(
            "untoc-kg.nq.gz", "application/n-quads", "untoc-kg.trig.gz", "application/trig");

    private final KnowledgeStore store;
    private final Path dir;
    private final Duration timeout;

    public DatasetDumps(KnowledgeStore store, Path dir, Duration timeout) {
        this.store = store;
        this.dir = dir;
        this.timeout = timeout;
    }

    /** A dump file, or its ".sha256" companion, for the given version: written first if it is not there yet. */
    public synchronized Optional<Path> file(String name, String version) {
        boolean checksum = name.endsWith(".sha256");
        String dumpName = checksum ? name.substring(0, name.length() - ".sha256".length()) : name;
        RDFFormat format = FORMATS.get(dumpName);
        if (format == null) {
            return Optional.empty();
        }
        Path versionDir = dir.resolve(version);
        Path dump = versionDir.resolve(dumpName);
        Path sum = versionDir.resolve(dumpName + ".sha256");
        if (!Files.exists(sum)) {
            write(format, dump, sum);
        }
        return Optional.of(checksum ? sum : dump);
    }

    private void write(RDFFormat format, Path dump, Path sum) {
        try {
            Files.createDirectories(dump.getParent());
            Path partial = Files.createTempFile(dump.getParent(), "dump", ".part");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
                writer.start();
                store.query(QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"),
                        timeout, qe -> {
                            ResultSet rs = qe.execSelect();
                            while (rs.hasNext()) {
                                QuerySolution q = rs.next();
                                writer.quad(Quad.create(node(q, "g"), node(q, "s"), node(q, "p"), node(q, "o")));
                            }
                            return null;
                        });
                writer.finish();
            }
            // Visible only when complete: a reader never gets half a dump.
            Files.move(partial, dump, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(sum, sha256(dump) + "  " + dump.getFileName() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset dump " + dump, e);
        }
    }

    private static Node node(QuerySolution q, String var) {
        return q.get(var).asNode();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
