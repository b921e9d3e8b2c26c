/** What the JPA entities of every feature share. */
package org.confidant.persistence;
