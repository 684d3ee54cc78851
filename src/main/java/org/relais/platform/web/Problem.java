package org.relais.platform.web;

import java.util.List;

/**
 * An RFC 9457 problem document, as every API error is written.
 *
 * @param errors for validation problems, one entry per invalid field; otherwise empty
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldMessage> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A field and its message, in the reader's language. */
    public record FieldMessage(String field, String message) {}
}
