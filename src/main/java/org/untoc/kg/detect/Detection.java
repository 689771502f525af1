package org.untoc.kg.detect;

import org.untoc.kg.structure.DocumentIdentity;
import org.untoc.kg.structure.DocumentKind;

/** What kind of document a text is and what it says it is. */
public record Detection(DocumentKind kind, DocumentIdentity identity) {}
