package org.untoc.kg.structure;

/** Tells a lettered item "(i)" from a small-roman one by the letter that came before it. */
final class ItemLabels {
    private String lastLetter;

    /** The label, with "(i)"/"(v)"/"(x)" read as letters when they follow "(h)"/"(u)"/"(w)". */
    Label resolve(Label label) {
        if (label.kind() == Label.Kind.ROMAN_LOWER && label.key().length() == 1 && lastLetter != null
                && lastLetter.length() == 1 && lastLetter.charAt(0) + 1 == label.key().charAt(0)) {
            label = label.asLetter();
        }
        if (label.kind() == Label.Kind.LETTER) {
            lastLetter = label.key();
        }
        return label;
    }

    /** A new list starts (new paragraph or section). */
    void reset() {
        lastLetter = null;
    }
}
