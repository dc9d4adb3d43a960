package io.arrowhead.ui.internal.charts;

/** One part of a capacity bar: a label, its size in KiB and what kind of space it is. */
public record CapacityPart(String label, long kib, CapacityKind kind) {
}
