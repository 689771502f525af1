package org.untoc.kg.lineage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.untoc.kg.util.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lineage index kept in a file beside the database it was read from, so that a start over unchanged data reads
 * one file instead of scanning the store: at 10,000 documents the two scans take 2.3 s on a cold start, most of it
 * random reads of the node table, where the file is read front to back. The file names the state of the data it
 * was built from (the store's fingerprint of its state on disk) and is only used while that state is unchanged;
 * otherwise the index is read from the store and the file written anew. A missing, old or damaged file costs a
 * rebuild, never a wrong answer.
 */
public final class LineageSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(LineageSnapshot.class);
    private static final int MAGIC = 0x554b4c49;
    /** Bumped whenever the layout of the file changes. */
    private static final int FORMAT = 2;
    /**
     * What the index is read with: a change to the queries or the verbs makes every old file a different index
     * even over the same data.
     */
    private static final String READER = Sha256.hex(FORMAT + LineageIndexReader.EDGES + LineageIndexReader.FACTS
            + Arrays.toString(Verb.values()), 8);

    private final Path file;
    private final Supplier<Optional<String>> state;

    /**
     * @param file where the snapshot is kept
     * @param state the data's state now, or empty when the store cannot say (no snapshot is then used)
     */
    public LineageSnapshot(Path file, Supplier<Optional<String>> state) {
        this.file = file;
        this.state = state;
    }

    /** The index of the data as it is now: the snapshot's if it was written for this state, else built and kept. */
    public LineageIndex readOrBuild(String version, Supplier<LineageIndex> build) {
        Optional<String> before = state.get();
        if (before.isEmpty()) {
            return build.get();
        }
        String key = READER + "/" + before.get();
        LineageIndex read = read(key, version);
        if (read != null) {
            return read;
        }
        LineageIndex built = build.get();
        // A write during the build changed the state: the index may hold part of it, so it is not kept.
        if (before.equals(state.get())) {
            write(built, key);
        }
        return built;
    }

    private LineageIndex read(String key, String version) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long t0 = System.nanoTime();
        // The checksum sits above the buffer, so it covers exactly the bytes read so far.
        try (CheckedInputStream checked = new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32C());
                DataInputStream in = new DataInputStream(checked)) {
            if (in.readInt() != MAGIC || !readString(in).equals(key)) {
                return null;
            }
            LineageIndex index = LineageIndex.readFrom(in, version, t0, Files.size(file));
            long computed = checked.getChecksum().getValue();
            if (in.readLong() != computed || in.readInt() != MAGIC) {
                throw new IOException("checksum or end marker wrong");
            }
            return index;
        } catch (IOException | RuntimeException e) {
            LOG.warn("lineage snapshot {} not read ({}); reading the index from the store", file, e.toString());
            return null;
        }
    }

    private void write(LineageIndex index, String key) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            CheckedOutputStream checked = new CheckedOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), new CRC32C());
            try (DataOutputStream out = new DataOutputStream(checked)) {
                out.writeInt(MAGIC);
                writeString(out, key);
                index.writeTo(out);
                // A flipped bit anywhere before this (an IRI, a number) would otherwise be read as data.
                out.writeLong(checked.getChecksum().getValue());
                out.writeInt(MAGIC);
            }
            // Readers see the old file or the whole new one, never a half-written one.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("lineage snapshot {} not written: {}", file, e.toString());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Nothing more to do: the next build tries again.
            }
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        buffer.asIntBuffer().put(values);
        out.write(buffer.array());
    }

    static int[] readInts(DataInputStream in, int length) throws IOException {
        byte[] bytes = new byte[length * 4];
        in.readFully(bytes);
        int[] values = new int[length];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    /** A literal (or none) as lexical form, datatype and language. */
    static void writeLiteral(DataOutputStream out, Node literal) throws IOException {
        out.writeBoolean(literal != null);
        if (literal != null) {
            writeString(out, literal.getLiteralLexicalForm());
            writeString(out, literal.getLiteralDatatypeURI());
            writeString(out, literal.getLiteralLanguage());
        }
    }

    static Node readLiteral(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String lexical = readString(in);
        String datatype = readString(in);
        String language = readString(in);
        return language.isEmpty()
                ? NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype))
                : NodeFactory.createLiteralLang(lexical, language);
    }
}
