package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\r\nNA,,z\n");
        List<Csv.Row> rows = Csv.read(f);
        assertEquals(2, rows.size());
        assertEquals("x, y", rows.get(0).get("b"));
        assertEquals("say \"hi\"", rows.get(0).get("c"));
        assertEquals("NA", rows.get(1).get("a"));
        assertEquals("", rows.get(1).get("b"));
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void aShortRowIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "a,b\n1,2\n3\n");
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> Csv.read(f));
        assertTrue(e.getMessage().contains("t.csv:3"), e.getMessage());
    }
}
