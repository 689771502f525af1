package org.untoc.kg.normalize;

/** One line of the source with its 1-based line number. */
record SourceLine(String text, int number) {
    boolean isBlank() {
        return text.isBlank();
    }
}
