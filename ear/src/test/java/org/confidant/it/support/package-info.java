/** What the integration tests share: where the test services are, tokens, TOTP codes, HTTPS, the browser. */
package org.confidant.it.support;
