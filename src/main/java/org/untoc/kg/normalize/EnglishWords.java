package org.untoc.kg.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Whether a string is an English word, by LanguageTool's en_GB speller dictionary (the UN writes British English
 * with Oxford spelling). Read once, on first use; a speller is not thread-safe, so each thread has its own over the
 * one shared dictionary.
 */
final class EnglishWords {
    private static final String DICTIONARY = "/org/languagetool/resource/en/hunspell/en_GB.dict";
    private static volatile Dictionary dictionary;
    private static final ThreadLocal<Speller> SPELLER = ThreadLocal.withInitial(() -> new Speller(dictionary()));

    private EnglishWords() {}

    /** The word as written, or in lower case (a word that opens a sentence). */
    static boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        Speller speller = SPELLER.get();
        return speller.isInDictionary(word) || speller.isInDictionary(word.toLowerCase(Locale.ROOT));
    }

    private static Dictionary dictionary() {
        Dictionary d = dictionary;
        if (d == null) {
            synchronized (EnglishWords.class) {
                d = dictionary;
                if (d == null) {
                    URL url = EnglishWords.class.getResource(DICTIONARY);
                    if (url == null) {
                        throw new IllegalStateException("English dictionary not on the class path: " + DICTIONARY);
                    }
                    try {
                        d = Dictionary.read(url);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    dictionary = d;
                }
            }
        }
        return d;
    }
}
