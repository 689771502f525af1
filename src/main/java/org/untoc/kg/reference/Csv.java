package org.untoc.kg.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the curated source tables: header row, comma separator, double-quoted fields with
 * doubled quotes inside. Values are kept verbatim (no "NA"-means-missing guessing: "NA" is Namibia's code).
 */
public final class Csv {
    private Csv() {}

    /** One data row: its 1-based line in the file and its values by column name. */
    public record Row(Path file, int line, Map<String, String> values) {
        /** The trimmed value of a column the file must have; empty string when the cell is blank. */
        public String get(String column) {
            String v = values.get(column);
            if (v == null) throw new ReferenceDataException(file, line, "no column '" + column + "'");
            return v.trim();
        }

        /** The trimmed value, or an error naming file and line when the cell is blank. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) throw new ReferenceDataException(file, line, "empty '" + column + "'");
            return v;
        }
    }

    /** Reads every row of a UTF-8 CSV file with a header line. */
    public static List<Row> read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReferenceDataException(file, 0, "cannot read: " + e.getMessage());
        }
        return parse(file, content);
    }

    /**
     * Reads every row of CSV text with a header line; {@code file} names it in errors (a classpath copy of a table
     * is named by its path under {@code ontology/sources/}).
     */
    public static List<Row> parse(Path file, String content) {
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') content = content.substring(1);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(file, content, records, lines);
        if (records.isEmpty()) throw new ReferenceDataException(file, 1, "no header line");
        List<String> header = records.get(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            if (rec.size() == 1 && rec.get(0).isBlank()) continue;
            if (rec.size() != header.size()) {
                throw new ReferenceDataException(file, lines.get(i),
                        "expected " + header.size() + " fields, found " + rec.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) values.put(header.get(c).trim(), rec.get(c));
            rows.add(new Row(file, lines.get(i), values));
        }
        return rows;
    }

    private static void parse(Path file, String s, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new ReferenceDataException(file, recordLine, "unterminated quoted field");
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
