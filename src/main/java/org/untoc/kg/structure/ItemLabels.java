package org.untoc.kg.structure;

/**
 * Tells a lettered item from a small-roman one in one list, by sequence: "(i)", "(v)" and "(x)" are both letters and
 * numerals, so the single label cannot say which it is. "(h)" → "(i)" → "(j)" is a letter; "(i)" followed by "(ii)",
 * or "(i)" after any other letter, opens a roman series; "(iv)" → "(v)" goes on with it. It also keeps the path of
 * the lettered item a roman item nests under.
 */
final class ItemLabels {
    private String lastLetter;
    private String lastRoman;
    private boolean previousWasRoman;
    private String letterPath;

    /**
     * The label with its kind settled by the letter and numeral before it and, when both still fit, by the next
     * item's label (null when no item follows).
     */
    Label resolve(Label label, Label next) {
        if (label.kind() == Label.Kind.ROMAN_LOWER && label.key().length() == 1 && label.printed().startsWith("(")
                && letterFits(label.key())
                && !romanWins(label.key(), next)) {
            label = label.asLetter();
        }
        if (label.kind() == Label.Kind.LETTER) {
            lastLetter = label.key();
            lastRoman = null;
            previousWasRoman = false;
        } else if (label.kind() == Label.Kind.ROMAN_LOWER) {
            lastRoman = label.key();
            previousWasRoman = true;
        }
        return label;
    }

    /** Whether the key is the letter right after the last one ("i" after "h"). */
    private boolean letterFits(String key) {
        return lastLetter != null && lastLetter.length() == 1 && lastLetter.charAt(0) + 1 == key.charAt(0);
    }

    /** When letter and numeral both fit: the next label decides, else whether the item before was a numeral. */
    private boolean romanWins(String key, Label next) {
        int value = RomanNumerals.value(key);
        boolean continuesRoman = lastRoman != null && RomanNumerals.value(lastRoman) + 1 == value;
        boolean opensRoman = value == 1;
        if (!continuesRoman && !opensRoman) return false;
        if (next != null && next.isItem()) {
            if (RomanNumerals.value(next.key()) == value + 1) return true;
            if (next.key().length() == 1 && next.key().charAt(0) == key.charAt(0) + 1) return false;
        }
        // "(i)" that opens no series of its own goes on with the letters; "(v)" right after "(iv)" with the numerals.
        return continuesRoman && previousWasRoman;
    }

    /** The lettered item a roman item of this list nests under: its path as registered, or null. */
    String letterPath() {
        return letterPath;
    }

    /** Records the registered path of the lettered item just added. */
    void letterAt(String path) {
        letterPath = path;
    }

    /** A new list starts (new paragraph or section). */
    void reset() {
        lastLetter = null;
        lastRoman = null;
        previousWasRoman = false;
        letterPath = null;
    }
}
