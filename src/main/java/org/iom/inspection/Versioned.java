package org.iom.inspection;

/** A view with the version of what it shows: the ETag a response carries ({@link org.iom.common.ETags}). */
public record Versioned<T>(T view, long version) {}
