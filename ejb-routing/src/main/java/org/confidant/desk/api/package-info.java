/** What the web edge may use of the desk: the call controls, their requests and refusals. */
package org.confidant.desk.api;
