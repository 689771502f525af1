package org.untoc.kg.web;

import java.util.List;

/** A text in reading order, as its page shows it: parts with anchors, references as links, footnotes last. */
public record TextView(List<Part> parts, List<Part> footnotes) {

    public TextView {
        parts = List.copyOf(parts);
        footnotes = List.copyOf(footnotes);
    }

    public boolean isEmpty() {
        return parts.isEmpty() && footnotes.isEmpty();
    }

    /**
     * One paragraph, heading, annex or footnote. {@code kind} is a CSS class (preamble, operative, annex, heading,
     * recommendation, paragraph, footnote…), {@code depth} its nesting under the text, {@code unplaced} the references
     * whose words were not found in the text (still linked, after it).
     */
    public record Part(String iri, String anchor, String kind, int depth, String label, String heading,
                       List<Segment> segments, List<Link> unplaced, List<Link> footnotes) {
        public Part {
            segments = List.copyOf(segments);
            unplaced = List.copyOf(unplaced);
            footnotes = List.copyOf(footnotes);
        }
    }

    /** A run of text: plain, the verb as written ({@code style} "verb"), a reference ({@code link}), or marked. */
    public record Segment(String text, Link link, String style) {
        static Segment plain(String text) {
            return new Segment(text, null, null);
        }
    }
}
