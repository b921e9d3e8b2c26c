/**
 * IVR trees and business-hours calendars over REST, for supervisors and admins. Changes are optimistically locked
 * as every configuration item is: a PUT carries, in its body, the {@code version} it loaded, and a stale one is
 * refused (409 {@code stale-version}); a DELETE needs no version.
 */
package org.confidant.api.ivr;
