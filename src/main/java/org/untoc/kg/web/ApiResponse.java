package org.untoc.kg.web;

import java.nio.charset.StandardCharsets;

/** A framework-free HTTP answer from the API logic: status, content type and body. */
public record ApiResponse(int status, String contentType, byte[] body) {

    static ApiResponse text(int status, String contentType, String body) {
        return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
