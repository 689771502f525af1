package org.untoc.kg.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.untoc.kg.extract.citation.CitationParser;
import org.untoc.kg.extract.citation.TreatySeries;
import org.untoc.kg.structure.BlockType;
import org.untoc.kg.structure.ParsedDocument;

/** Odd text never makes an extractor throw: it is recorded (or not) and extraction goes on. */
class RobustnessTest {
    private static final String[] PIECES = {
        "article", "art.", "arts.", "paragraph", "para.", "paras.", "(b)", "(", ")", "“", "”", "\"", ",", ".", ";",
        "resolution", "decisions", "its", "of the", "Convention", "Protocol", "Conference", "General Assembly",
        "Commission", "the", "and", "to", "12", "99999999999999", "3/2", "2014/17", "2008/909/JHA", "CTOC/COP/",
        "CTOC/COP/WG.3/2021/3", "-", "–", "vol.", "vols.", "No.", "39574", "2225", "Ibid.", "entitled", "both",
        "in which", "of 19 October 2005", "of 45 Smarch 2020", "[", "](#)", "http://undocs.org/", "*", "\u00a0",
        "subparagraph", "(e)", "bis", "that", "Council", "of States Parties"};

    @Test
    void randomCitationLikeTextNeverThrows() {
        Random random = new Random(42);
        ReferenceExtractor references = new ReferenceExtractor(new CitationParser(TreatySeries.load()));
        StructureExtractor structure = new StructureExtractor();
        for (int run = 0; run < 300; run++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) > 0) text.append(' ');
            }
            ParsedDocument doc = TestDocs.resolution("9/9", "T")
                    .block(BlockType.PREAMBULAR_CLAUSE, "preamble/1", null, "Recalling", text.toString(), "1")
                    .block(BlockType.TEXT, null, null, null, text.reverse().toString())
                    .footnote("1", text.toString())
                    .build();
            assertDoesNotThrow(() -> TestDocs.run(references, doc), text::toString);
            assertDoesNotThrow(() -> TestDocs.run(structure, doc), text::toString);
        }
    }
}
