package org.untoc.kg.structure;

import java.nio.file.Path;
import java.util.List;
import org.untoc.kg.detect.ContentKindDetector;
import org.untoc.kg.detect.Detection;
import org.untoc.kg.detect.KindDetector;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.ShapeNormalizer;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.read.FormatSelectingReader;
import org.untoc.kg.read.RawDocument;

/** read → normalize → detect kind → parse structure, each stage injected. */
public final class DefaultDocumentParser implements DocumentParser {
    private final FormatSelectingReader reader;
    private final ShapeNormalizer normalizer;
    private final KindDetector detector;
    private final StructureParser structure;

    public DefaultDocumentParser(FormatSelectingReader reader, ShapeNormalizer normalizer, KindDetector detector,
                                 StructureParser structure) {
        this.reader = reader;
        this.normalizer = normalizer;
        this.detector = detector;
        this.structure = structure;
    }

    /** The standard stages. */
    public DefaultDocumentParser() {
        this(FormatSelectingReader.standard(), ShapeNormalizer.standard(), new ContentKindDetector(),
                new KindStructureParser(new ActStructureParser(), new ReportStructureParser()));
    }

    @Override
    public ParsedDocument parse(Path file) throws DocumentException {
        RawDocument raw = reader.read(file);
        NormalizedText text = normalizer.normalize(raw);
        if (text.paragraphs().isEmpty()) {
            throw new DocumentException(file, "no text left after normalization");
        }
        Detection detection = detector.detect(text);
        List<Block> blocks = structure.parse(text, detection);
        return new ParsedDocument(file, raw.sha256(), text.shape(), detection.kind(), detection.identity(), blocks,
                text.footnotes());
    }
}
