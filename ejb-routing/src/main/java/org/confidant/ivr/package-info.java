/**
 * IVR: call flows kept as data (menus, digit collection, messages, business-hours checks, routes to a queue with
 * a priority boost and a required skill, voicemail, hang-up) and the business-hours calendars they consult.
 * Split into {@code api} (what web-admin may call), {@code domain} (the tree, its validation, the navigator, the
 * calendar), {@code application} (the catalogue EJBs) and {@code infrastructure} (JPA mappings, JSON storage).
 */
package org.confidant.ivr;
