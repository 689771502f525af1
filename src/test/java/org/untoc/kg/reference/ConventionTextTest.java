package org.untoc.kg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Convention's text is read into 41 articles with their paragraphs, corrected and complete. */
class ConventionTextTest {
    private static final Path SOURCES = Path.of("ontology/sources");

    private static ConventionText convention() {
        return ConventionText.read(SOURCES.resolve(ConventionReference.TEXT_FILE),
                ConventionReference.corrections(SOURCES));
    }

    @Test
    void readsAll41ArticlesWithTitles() {
        ConventionText text = convention();
        assertEquals("United Nations Convention against Transnational Organized Crime", text.title());
        assertEquals(41, text.articles().size());
        assertEquals("Mutual legal assistance", text.articles().get(17).title());
        assertEquals("Depositary and languages", text.articles().get(40).title());
    }

    @Test
    void article18Paragraph13HasItsCorrectedText() {
        ConventionText.Provision p = convention().articles().get(17).paragraphs().get(12);
        assertEquals("13", p.number());
        assertTrue(p.fullText().startsWith("Each State Party shall designate a central authority"), p.fullText());
        assertTrue(p.fullText().contains("Requests for mutual legal assistance"), p.fullText());
        assertEquals(30, convention().articles().get(17).paragraphs().size());
    }

    @Test
    void noKnownTypoSurvives() {
        for (ConventionText.Article a : convention().articles()) {
            assertFalse(a.fullText().contains("suspicio us"), "article " + a.number());
            assertFalse(a.fullText().contains("formutual"), "article " + a.number());
        }
    }

    @Test
    void lettersAreTheParagraphsOfAnArticleWithoutNumberedParagraphs() {
        ConventionText.Article useOfTerms = convention().articles().get(1);
        assertEquals("For the purposes of this Convention:", useOfTerms.intro());
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                useOfTerms.paragraphs().stream().map(ConventionText.Provision::number).toList());
        assertTrue(useOfTerms.paragraphs().get(1).ownText().startsWith("“Serious crime” shall mean"));
    }

    @Test
    void lettersUnderANumberedParagraphAreItsSubparagraphsWithTheirRomanItems() {
        ConventionText.Provision para1 = convention().articles().get(5).paragraphs().get(0);
        assertEquals(List.of("a", "b"), para1.children().stream().map(ConventionText.Provision::number).toList());
        String a = para1.children().get(0).fullText();
        assertTrue(a.startsWith("(i) The conversion or transfer of property"), a);
        assertTrue(a.contains(" (ii) The concealment or disguise"), a);
    }

    @Test
    void theTestimoniumIsNoPartOfArticle41() {
        assertFalse(convention().articles().get(40).fullText().contains("IN WITNESS WHEREOF"));
    }

    @Test
    void aGapInArticleNumbersIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("convention.txt");
        Files.writeString(file, "####Title\n\n### Article 1\n\n####One\n\nText.\n\n### Article 3\n\n####Three\n");
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> ConventionText.read(file, List.of()));
        assertTrue(e.getMessage().contains("convention.txt:9"), e.getMessage());
        assertTrue(e.getMessage().contains("article 3 where article 2 was expected"), e.getMessage());
    }

    @Test
    void aCorrectionThatMatchesNothingIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("convention.txt");
        Files.writeString(file, "####Title\n\n### Article 1\n\n####One\n\nText.\n");
        List<ConventionText.Correction> stale = List.of(new ConventionText.Correction("formutual", "for mutual", "x"));
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> ConventionText.read(file, stale));
        assertTrue(e.getMessage().contains("formutual"), e.getMessage());
    }

    @Test
    void aSkippedLetterIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("convention.txt");
        Files.writeString(file, "####Title\n### Article 1\n####One\n1. Each:\na) first;\nc) third.\n");
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> ConventionText.read(file, List.of()));
        assertTrue(e.getMessage().contains(":6:"), e.getMessage());
    }
}
