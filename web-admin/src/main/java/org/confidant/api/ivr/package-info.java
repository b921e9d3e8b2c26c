/**
 * IVR trees and business-hours calendars over REST, for supervisors and admins. Changes are optimistically locked
 * with ETags: GET answers {@code ETag: "<version>"}, and PUT and DELETE must send it back in {@code If-Match}.
 */
package org.confidant.api.ivr;
