/**
 * The API's OpenAPI description, hand-maintained next to the code and served as it is (see docs/decisions.md:
 * the MicroProfile OpenAPI subsystem is not part of our server).
 */
package org.confidant.api.openapi;
