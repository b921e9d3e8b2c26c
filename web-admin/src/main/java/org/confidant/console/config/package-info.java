/**
 * The console's configuration pages (queues, agents' skills, reason codes, dispositions, webhooks, business hours,
 * IVR trees). They call the same {@code api} beans as the REST resources, checked with the same Bean Validation
 * ({@code RequestValidation}); the refusals of either become Faces messages, a stale version a "changed by someone
 * else, reload" warning.
 */
package org.confidant.console.config;
