/**
 * Gateway authentication: users and passwords, session tokens with the gateway's lifetime and idle rules, and the
 * parsing of the Authorization header in the forms the public clients send.
 */
package io.arrowhead.scaleio.simulator.internal.auth;
