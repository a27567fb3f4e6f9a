package io.assay.edge.http;

import io.assay.edge.attachments.Attachment;
import io.assay.edge.attachments.AttachmentStore;
import io.assay.edge.domain.NotFoundException;
import io.assay.edge.json.Json;
import io.assay.edge.store.Writer;
import io.vertx.ext.web.RoutingContext;

/**
 * Certificate scans and photos. The file is durable before its upload is journalled, and the journal
 * entry is committed before the answer.
 */
final class AttachmentRoutes {

    static final String ATTACHMENT_STORED = "io.assay.attachment.stored";

    private final AttachmentStore attachments;
    private final Writer writer;

    AttachmentRoutes(ApiDependencies deps) {
        this.attachments = deps.attachments();
        this.writer = deps.writer();
    }

    void upload(RoutingContext rc) {
        byte[] content = rc.body() == null || rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes();
        String type = rc.request().getHeader("Content-Type");
        rc.vertx().executeBlocking(() -> attachments.put(content, type))
                .compose(stored -> Responses.submit(rc, writer, work -> {
                    work.record(ATTACHMENT_STORED, stored.id(), Json.mapper().valueToTree(stored));
                    return stored;
                }))
                .onSuccess(stored -> {
                    rc.response().putHeader("Location", "/api/v1/attachments/" + stored.id());
                    Responses.json(rc, 201, stored);
                })
                .onFailure(rc::fail);
    }

    void download(RoutingContext rc) {
        String id = rc.pathParam("id");
        rc.vertx().executeBlocking(() -> attachments.get(id))
                .onSuccess(found -> {
                    Attachment attachment = found.orElseThrow(() -> new NotFoundException("There is no attachment " + id));
                    rc.response().putHeader("Content-Type", attachment.contentType())
                            .putHeader("Cache-Control", "private, max-age=31536000, immutable")
                            .sendFile(attachments.path(id).toString());
                })
                .onFailure(rc::fail);
    }
}
