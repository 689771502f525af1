package org.untoc.kg.structure;

/** A footnote: its marker as printed ("1", "*"), its text, and the source line where it starts. */
public record Footnote(String marker, String text, int line) {}
