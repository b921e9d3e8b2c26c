/**
 * Records' contract with the web tier and the screen pop: contacts (patients or clients) and organisations, caller
 * identification, break-glass. Views are already masked for the caller's role. No entities.
 */
package org.confidant.contacts.api;
