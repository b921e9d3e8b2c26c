/** IVR use cases as EJBs: thin, transactional, role-checked and audited. */
package org.confidant.ivr.application;
