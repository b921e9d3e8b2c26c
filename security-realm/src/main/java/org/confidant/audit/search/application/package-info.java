/** The auditor's search, resource timelines and signed exports (role auditor only). */
package org.confidant.audit.search.application;
