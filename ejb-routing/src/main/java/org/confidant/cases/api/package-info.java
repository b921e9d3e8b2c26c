/** Cases' and notes' contract with the web tier: drafts, changes and views (masked for the caller). No entities. */
package org.confidant.cases.api;
