package org.untoc.kg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.untoc.kg.cli.Main;
import org.untoc.kg.store.TestStores;

/**
 * The {@code report} command over a real TDB2 store loaded by the {@code load} command: the corpus alone is
 * clean, and texts written to contain each kind of finding (an unattributable citation, a date stated
 * differently, a recommendation no act endorses) show up in the right section.
 */
@ExtendWith(TestStores.class)
class DataQualityReportTest {
    static final String CORPUS = "src/main/resources/corpus";
    static final String QUALITY = "src/test/resources/it/quality";

    @Test
    void theCorpusHasNoUnresolvedReferenceConflictOrUnendorsedRecommendation(TestStores stores) {
        Path data = stores.tempDir();
        Run load = cli("load", "--data", data.toString(), CORPUS);
        assertEquals(Main.OK, load.code(), load.err());
        assertTrue(load.out().matches("(?s).*dataset version [0-9a-f]{16}: \\d+ graphs, \\d+ statements in them, \\d+ distinct triples in their union.*"), load.out());
        Run again = cli("load", "--data", data.toString(), CORPUS);
        assertEquals(version(load.out()), version(again.out()), "loading the same texts again gives the same version");
        Run report = cli("report", "--data", data.toString());
        assertEquals(Main.OK, report.code(), report.err());
        assertTrue(report.out().contains("## References that could not be attributed (0)"), report.out());
        assertTrue(report.out().contains("## Facts stated differently by two documents (0)"), report.out());
        assertTrue(report.out().contains("## Recommendations without an endorsing act (0)"), report.out());
    }

    @Test
    void eachKindOfFindingIsListedWithItsSource(TestStores stores) {
        Path data = stores.tempDir();
        Run load = cli("load", "--data", data.toString(), CORPUS, QUALITY);
        assertEquals(Main.OK, load.code(), load.err());
        Run report = cli("report", "--data", data.toString(), "--fail-on-findings");
        assertEquals(Main.FAILED, report.code(), "findings make --fail-on-findings exit 1");
        String out = report.out();

        String unresolved = section(out, "References that could not be attributed");
        assertTrue(unresolved.contains("resolution 4/2")
                && unresolved.contains("https://w3id.org/untoc/id/cop/resolution/12/4/preamble/"), out);

        String conflicts = section(out, "Facts stated differently by two documents");
        assertTrue(conflicts.contains("https://w3id.org/untoc/id/cop/decision/3/2")
                && conflicts.contains("2006-10-18") && conflicts.contains("2006-10-19"), out);

        String unendorsed = section(out, "Recommendations without an endorsing act");
        assertTrue(unendorsed.startsWith("## Recommendations without an endorsing act (2)"), unendorsed);
        assertTrue(unendorsed.contains("https://w3id.org/untoc/id/document/CTOC/COP/WG.3/2025/4/"), unendorsed);

        String undescribed = section(out, "Entities mentioned but not described");
        assertTrue(undescribed.contains("https://w3id.org/untoc/id/document/CTOC/COP/WG.3/2025/1\t"), undescribed);
    }

    private static String version(String loadOutput) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("dataset version ([0-9a-f]{16})").matcher(loadOutput);
        assertTrue(m.find(), loadOutput);
        return m.group(1);
    }

    private static String section(String report, String heading) {
        int start = report.indexOf("## " + heading);
        assertTrue(start >= 0, "no section " + heading + " in\n" + report);
        int end = report.indexOf("\n## ", start + 3);
        return report.substring(start, end < 0 ? report.length() : end);
    }

    record Run(int code, String out, String err) {}

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
