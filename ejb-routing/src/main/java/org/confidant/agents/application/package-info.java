/** Agent use cases as EJBs: thin, transactional, role-checked. */
package org.confidant.agents.application;
