package org.untoc.kg.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.untoc.kg.shapes.ShapeRenderers.ActSource;
import org.untoc.kg.shapes.ShapeRenderers.Shape;

/**
 * The renderers give the shapes they promise, and lose nothing of the act: a renderer that dropped a paragraph
 * or a note would make the invariance test fail for the wrong reason (or, worse, pass for one).
 */
class ShapeRenderersTest {
    private static final Path CORPUS = Path.of("src/main/resources/corpus");

    private static ActSource act(String file, String iri, String title) throws Exception {
        return new ActSource(file, ActText.read(CORPUS.resolve(file)), iri, title);
    }

    private static ActSource resolution111() throws Exception {
        return act("000_8d79988d579e14f5.txt", "https://w3id.org/untoc/id/cop/resolution/11/1", "Implementation 11/1");
    }

    @Test
    void theCleanTextKeepsEveryParagraphAndNoteOfTheMarkdown() throws Exception {
        ActText text = resolution111().text();
        assertEquals("Resolution 11/1", ActText.plain(text.blocks().get(0).text()));
        assertEquals(2, text.blocks().get(0).level());
        // The paragraph the footnote block cut ("… United Nations Convention" / "against Transnational …") is whole.
        assertTrue(text.blocks().stream().map(b -> ActText.plain(b.text())).anyMatch(
                s -> s.startsWith("Recalling its resolution 10/4") && s.endsWith("organized crime,")), text.toString());
        assertEquals(List.of("1", "2", "3", "4"), text.notes().stream().map(ActText.Note::marker).limit(4).toList());
        assertTrue(text.blocks().stream().anyMatch(b -> b.text().startsWith(ActText.EM + "Noting" + ActText.EM)));
    }

    @Test
    void hardWrappedHasNoBlankLineAndPagesWithFurniture() throws Exception {
        ActSource act = resolution111();
        String shaped = ShapeRenderers.render(Shape.HARD_WRAPPED, act, List.of());
        ShapeRenderers.Furniture f = ShapeRenderers.Furniture.of(act);
        assertFalse(shaped.contains("\n\n"), "no blank line");
        assertTrue(shaped.lines().allMatch(l -> l.length() <= f.width()), "wrapped at " + f.width());
        assertTrue(shaped.lines().filter(l -> l.strip().equals(f.symbol())).count() > 3, "running header on each page");
        assertTrue(shaped.contains("\n2/"), "page counter");
        assertTrue(shaped.contains("\n1 United Nations, Treaty Series, vol. 2225, No. 39574.\n"), "note at page bottom");
        assertTrue(shaped.contains("Crime1 and"), "plain-digit marker glued to its word, as PDF text gives it");
        assertEquals(words(act.text().clean()), words(withoutFurniture(shaped, f)), "every word, in order");
    }

    @Test
    void flattenedIsOneLineWithFurnitureMidSentence() throws Exception {
        ActSource act = resolution111();
        String shaped = ShapeRenderers.render(Shape.FLATTENED, act, List.of());
        ShapeRenderers.Furniture f = ShapeRenderers.Furniture.of(act);
        assertEquals(1, shaped.lines().count());
        assertTrue(Pattern.compile("[a-z,] " + Pattern.quote(f.job() + " " + f.barcode()) + " \\d+ [a-z]")
                .matcher(shaped).find(), "job number, barcode and page number between two words of a sentence");
        assertTrue(shaped.contains("Crime¹ and"), "superscript markers");
        assertTrue(shaped.strip().endsWith("paras. 7 and 10."), "notes at the end");
    }

    @Test
    void compiledReportListsEachActAndNumbersNotesOn() throws Exception {
        ActSource first = resolution111();
        ActSource second = act("002_058fe2b991d8a13d.txt", "https://w3id.org/untoc/id/cop/resolution/11/2", "Technical 11/2");
        ActSource third = act("001_a32a9ece5a4bc505.txt", "https://w3id.org/untoc/id/cop/resolution/7/4", "Cooperation 7/4");
        String shaped = ShapeRenderers.render(Shape.COMPILED, second, List.of(first, third));
        int contents = shaped.indexOf("Contents");
        for (String entry : List.of("Resolution 11/1. Implementation 11/1 .", "Resolution 11/2. Technical 11/2 .",
                "Resolution 7/4. Cooperation 7/4 .")) {
            assertTrue(shaped.indexOf(entry) > contents, entry);
        }
        assertTrue(shaped.indexOf("\nResolution 11/1\n") < shaped.indexOf("\nResolution 11/2\n")
                && shaped.indexOf("\nResolution 11/2\n") < shaped.indexOf("\nResolution 7/4\n"), "the act among siblings");
        int notesOfFirst = first.text().notes().size();
        // Resolution 11/2's first note comes after all of 11/1's, numbered on.
        String firstNoteOfSecond = ActText.superscript(Integer.toString(notesOfFirst + 1)) + " United Nations, Treaty Series, vols. 2225";
        assertTrue(shaped.contains("\n" + firstNoteOfSecond), firstNoteOfSecond);
        assertTrue(shaped.contains("Report of the Conference of the Parties to the United Nations Convention against"
                + " Transnational Organized Crime on its eleventh session"));
    }

    private static List<String> words(String text) {
        return List.of(text.replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "").replaceAll("(?<=[\\p{L}.,;:”)])[0-9]+(?=\\s|$)", "")
                .strip().split("\\s+")).stream().filter(w -> !w.matches("[0-9]+")).toList();
    }

    /** Drops header, footer and note lines, keeping the act's body lines. */
    private static String withoutFurniture(String shaped, ShapeRenderers.Furniture f) {
        StringBuilder body = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        boolean inNotes = false;
        for (String line : shaped.lines().toList()) {
            String s = line.strip();
            if (s.equals(f.symbol()) || s.equals(f.job()) || s.equals(f.barcode()) || s.matches("\\d+/\\d+")) {
                inNotes = false;
                continue;
            }
            if (s.matches("\\d+ (United Nations|Ibid|CTOC|See).*")) inNotes = true;
            (inNotes ? notes : body).append(s).append('\n');
        }
        return body + "\n" + notes;
    }
}
