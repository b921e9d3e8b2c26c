/** Takes wallboard snapshots from the stored presence and routing rows and today's counters. */
package org.confidant.wallboard.application;
