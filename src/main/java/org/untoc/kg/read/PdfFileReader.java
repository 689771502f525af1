package org.untoc.kg.read;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.untoc.kg.pipeline.DocumentException;

/** Reads PDF files with PDFBox; the text keeps the PDF's hard line breaks, as PDF-extracted text does. */
public final class PdfFileReader implements DocumentReader {
    @Override
    public boolean accepts(Path file, byte[] bytes) {
        return FileNames.startsWith(bytes, (byte) '%', (byte) 'P', (byte) 'D', (byte) 'F')
                || FileNames.hasExtension(file, "pdf");
    }

    @Override
    public String read(Path file, byte[] bytes) throws DocumentException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // A vertical gap starts a paragraph; it is marked with a blank line so that the PDF normalizer can
            // tell paragraph breaks from hard line wraps.
            String text = new GapMarkingTextStripper().getText(pdf);
            if (text.isBlank()) {
                throw new DocumentException(file, "PDF has no extractable text (scanned image?)");
            }
            return text;
        } catch (IOException e) {
            throw new DocumentException(file, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }
}
