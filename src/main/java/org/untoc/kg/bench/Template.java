package org.untoc.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real text the generator copies, with what it reads off the text itself: whether it is an act (a
 * "Resolution S/K" heading line), its own symbol (a symbol alone on a line: a PDF running header or a
 * footnote) and the year it speaks from.
 *
 * @param name the resource name, for messages
 * @param text the full text
 */
public record Template(String name, String text) {
    /** The files of the built-in corpus, as the jar holds them. */
    static final List<String> BUILT_IN = List.of("000_8d79988d579e14f5.txt", "001_a32a9ece5a4bc505.txt",
            "002_058fe2b991d8a13d.txt", "003_8270b092987f329e.txt", "004_785bae7f5dbdf078.txt");

    private static final Pattern HEADING = Pattern.compile("(?m)^#{0,3} ?Resolution \\d+/\\d+[ \\t]*$");
    private static final Pattern SYMBOL_LINE =
            Pattern.compile("(?m)^[\\\\* ]*(CTOC/COP(/WG\\.\\d)?/((?:19|20)\\d{2})/\\d+)\\.?[ \\t]*$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /** The five texts of the built-in corpus. */
    public static List<Template> builtIn() {
        List<Template> out = new ArrayList<>();
        for (String file : BUILT_IN) {
            String resource = "corpus/" + file;
            try (InputStream in = Template.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in corpus text missing from the classpath: " + resource);
                }
                out.add(new Template(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return out;
    }

    /** True when the text is a resolution (or decision) with its number heading. */
    public boolean isAct() {
        return HEADING.matcher(text).find();
    }

    /** The text's own symbol, or null. */
    public String ownSymbol() {
        Matcher m = SYMBOL_LINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The working-group part of the own symbol ("/WG.3"); "/WG.3" also when the text has none of its own. */
    public String ownSymbolGroup() {
        Matcher m = SYMBOL_LINE.matcher(text);
        return m.find() && m.group(2) != null ? m.group(2) : "/WG.3";
    }

    /** The year the text speaks from: its symbol's year, else the latest year it mentions. */
    public int baseYear() {
        Matcher s = SYMBOL_LINE.matcher(text);
        if (s.find()) {
            return Integer.parseInt(s.group(3));
        }
        int max = 0;
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            max = Math.max(max, Integer.parseInt(y.group()));
        }
        return max == 0 ? 2020 : max;
    }
}
