/** Stage 1, read: a file's bytes (text in any common encoding, PDF, .docx, HTML) to text plus its SHA-256. */
package org.untoc.kg.read;
