package org.untoc.kg.read;

/** The physical format a source file arrived in. */
public enum SourceFormat {
    /** Plain or Markdown text file (.txt, .md). */
    TEXT,
    /** Portable Document Format; text comes from PDFBox's text stripper. */
    PDF,
    /** Office Open XML word-processing document; text comes from POI, one paragraph per paragraph. */
    DOCX,
    /** Web page (.html, .htm); text comes from jsoup, the page's main content only, written as Markdown. */
    HTML
}
