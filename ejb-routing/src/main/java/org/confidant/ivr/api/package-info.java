/** IVR's contract with the web tier: the catalogues of trees and calendars, their drafts and views. No entities. */
package org.confidant.ivr.api;
