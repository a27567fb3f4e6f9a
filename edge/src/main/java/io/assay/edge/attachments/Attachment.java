package io.assay.edge.attachments;

/**
 * A stored file: a certificate scan or a photo of a piece.
 *
 * @param id          the SHA-256 of the content, 64 lower-case hex digits: the same file is stored once
 * @param contentType one of {@link AttachmentStore#TYPES}
 * @param size        bytes
 */
public record Attachment(String id, String contentType, long size) {
}
