/**
 * The contact EJBs: registering, opening (routine or break-glass), searching through blind indexes, caller
 * identification, KEK rotation of contact keys, and the demo's contacts.
 */
package org.confidant.contacts.application;
