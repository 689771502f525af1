package org.untoc.kg.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often each word occurs in one document; the document's own evidence of what is a word. */
final class Vocabulary {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private final Map<String, Integer> counts = new HashMap<>();

    Vocabulary(Iterable<String> lines) {
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                counts.merge(word, 1, Integer::sum);
                if (word.indexOf('-') > 0) {
                    for (String part : word.split("-")) {
                        counts.merge(part, 1, Integer::sum);
                    }
                }
            }
        }
    }

    int count(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** A word the document uses more than once, or a function word; a fragment of a broken word is neither. */
    boolean isWord(String word) {
        return FunctionWords.contains(word) || count(word) >= 2
                || (word.length() > 1 && word.chars().allMatch(Character::isUpperCase) && count(word) >= 1);
    }
}
