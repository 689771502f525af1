package org.untoc.kg.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 CSV table read from the classpath; lines starting with '#' before the header are comments. */
public final class CsvTable {
    private final String resource;
    private final List<String> header;
    private final List<Row> rows;

    /** One data row; {@code line} is its 1-based line in the file, for error messages. */
    public record Row(Map<String, String> cells, int line) {
        /** The cell of {@code column}, "" when empty or absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private CsvTable(String resource, List<String> header, List<Row> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    /** Reads {@code resource} (a classpath path such as "ontology/sources/organizations.csv"). */
    public static CsvTable load(String resource) {
        try (InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Parses CSV text; {@code name} is used in error messages. */
    public static CsvTable parse(String name, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            if (records.isEmpty() && text.charAt(i) == '#') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl + 1;
                line++;
                continue;
            }
            List<String> rec = new ArrayList<>();
            int startLine = line;
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') { cell.append('"'); i++; }
                        else quoted = false;
                    } else {
                        if (c == '\n') line++;
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    rec.add(cell.toString()); cell.setLength(0);
                } else if (c == '\n') {
                    line++;
                    break;
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            if (quoted) throw new IllegalArgumentException(name + ":" + startLine + ": unterminated quoted cell");
            rec.add(cell.toString());
            if (rec.size() == 1 && rec.get(0).isBlank()) continue;
            records.add(rec);
            lines.add(startLine);
        }
        if (records.isEmpty()) throw new IllegalArgumentException(name + ": no header row");
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() > header.size()) {
                throw new IllegalArgumentException(name + ":" + lines.get(r) + ": " + rec.size()
                        + " cells but the header has " + header.size());
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < rec.size(); c++) cells.put(header.get(c), rec.get(c));
            rows.add(new Row(cells, lines.get(r)));
        }
        return new CsvTable(name, header, List.copyOf(rows));
    }

    /** Column names. */
    public List<String> header() {
        return header;
    }

    /** Data rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** Fails, naming the file, unless every column is present. */
    public CsvTable requireColumns(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) throw new IllegalArgumentException(resource + ": missing column \"" + c + "\"");
        }
        return this;
    }

    /** The resource name this table came from. */
    public String name() {
        return resource;
    }
}
