package org.untoc.kg.structure;

import java.util.List;
import org.untoc.kg.detect.Detection;
import org.untoc.kg.normalize.NormalizedText;

/** Hands acts to the act parser and every other kind to the report parser. */
public final class KindStructureParser implements StructureParser {
    private final StructureParser acts;
    private final StructureParser reports;

    public KindStructureParser(StructureParser acts, StructureParser reports) {
        this.acts = acts;
        this.reports = reports;
    }

    @Override
    public List<Block> parse(NormalizedText text, Detection detection) {
        return switch (detection.kind()) {
            case RESOLUTION, DECISION -> acts.parse(text, detection);
            case WORKING_GROUP_REPORT, SECRETARIAT_PAPER, OTHER -> reports.parse(text, detection);
        };
    }
}
