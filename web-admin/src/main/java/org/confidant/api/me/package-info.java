/** Who the API thinks the caller is. */
package org.confidant.api.me;
