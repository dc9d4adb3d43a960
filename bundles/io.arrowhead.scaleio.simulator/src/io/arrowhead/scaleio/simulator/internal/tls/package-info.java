/**
 * The simulator's TLS identity: a self-signed EC P-256 certificate built with the JDK alone (a small DER writer
 * and {@code SHA256withECDSA}), kept as PEM files in the data directory and reused while it stays valid.
 */
package io.arrowhead.scaleio.simulator.internal.tls;
