/** Skills over REST, for supervisors and admins. */
package org.confidant.api.skills;
