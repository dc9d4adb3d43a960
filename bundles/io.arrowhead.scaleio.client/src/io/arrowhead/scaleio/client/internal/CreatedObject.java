package io.arrowhead.scaleio.client.internal;

/** The answer to a create: {@code {"id": "<16 hex>"}}. */
public record CreatedObject(String id) {
}
