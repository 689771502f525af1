package org.untoc.kg.normalize;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.untoc.kg.pipeline.DocumentException;
import org.untoc.kg.read.RawDocument;
import org.untoc.kg.structure.TextShape;

/** Detects a document's shape and hands it to the normalizer for that shape. */
public final class ShapeNormalizer {
    private final ShapeDetector detector;
    private final Map<TextShape, Normalizer> normalizers = new EnumMap<>(TextShape.class);

    public ShapeNormalizer(ShapeDetector detector, List<Normalizer> normalizers) {
        this.detector = detector;
        normalizers.forEach(n -> this.normalizers.put(n.shape(), n));
    }

    /** Content-based detection with the three standard normalizers. */
    public static ShapeNormalizer standard() {
        return new ShapeNormalizer(new ContentShapeDetector(),
                List.of(new MarkdownNormalizer(), new PlainNormalizer(), new PdfExtractNormalizer(),
                        new LayoutFreeNormalizer()));
    }

    /** The document's text, normalized according to its detected shape. */
    public NormalizedText normalize(RawDocument raw) throws DocumentException {
        // Before the shape is read: an invisible character inside a word hides the word from every pattern.
        RawDocument document = new RawDocument(raw.source(), raw.sha256(), raw.format(), InvisibleCharacters.strip(raw.text()));
        TextShape shape = detector.detect(document);
        Normalizer normalizer = normalizers.get(shape);
        if (normalizer == null) {
            throw new DocumentException(document.source(), "no normalizer for text shape " + shape);
        }
        // PDF text keeps its headers and footers: the PDF normalizer reads the document's symbol from them.
        String text = shape == TextShape.PDF_EXTRACT ? document.text() : PageFurniture.withoutNoiseLines(document.text());
        return normalizer.normalize(document.source(), text);
    }
}
