package org.untoc.kg.structure;

import java.util.List;
import org.untoc.kg.detect.Detection;
import org.untoc.kg.normalize.NormalizedText;

/** Cuts a normalized document of a known kind into blocks. */
public interface StructureParser {
    /** Blocks in reading order. */
    List<Block> parse(NormalizedText text, Detection detection);
}
