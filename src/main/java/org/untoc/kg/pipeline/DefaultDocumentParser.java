package org.untoc.kg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.untoc.kg.detect.Compilation;
import org.untoc.kg.detect.ContentKindDetector;
import org.untoc.kg.detect.Detection;
import org.untoc.kg.detect.KindDetector;
import org.untoc.kg.normalize.NormalizedText;
import org.untoc.kg.normalize.ShapeNormalizer;
import org.untoc.kg.read.FormatSelectingReader;
import org.untoc.kg.read.RawDocument;
import org.untoc.kg.structure.ActStructureParser;
import org.untoc.kg.structure.Block;
import org.untoc.kg.structure.KindStructureParser;
import org.untoc.kg.structure.ParsedDocument;
import org.untoc.kg.structure.ParsedFile;
import org.untoc.kg.structure.ReportStructureParser;
import org.untoc.kg.structure.StructureParser;

/** read → normalize → split into acts → detect kind → parse structure, each stage injected. */
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
    public ParsedFile parseFile(Path file) throws DocumentException {
        RawDocument raw = reader.read(file);
        NormalizedText text = normalizer.normalize(raw);
        if (text.paragraphs().isEmpty()) {
            throw new DocumentException(file, "no text left after normalization");
        }
        Compilation compilation = Compilation.of(text);
        List<ParsedDocument> documents = new ArrayList<>();
        for (NormalizedText part : compilation.parts()) {
            Detection detection = detector.detect(part);
            List<Block> blocks = structure.parse(part, detection);
            documents.add(new ParsedDocument(file, raw.sha256(), part.shape(), detection.kind(), detection.identity(),
                    blocks, part.footnotes()));
        }
        List<String> symbols = compilation.isCompilation() ? detector.detect(text).identity().symbols() : List.of();
        return new ParsedFile(file, raw.sha256(), documents, symbols, compilation.contents());
    }
}
