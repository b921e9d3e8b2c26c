/**
 * IVR rules in plain Java: a tree is a draft until {@link org.confidant.ivr.domain.IvrValidation} finds no error in
 * it, and only accepted trees are navigated by {@link org.confidant.ivr.domain.IvrSession}.
 */
package org.confidant.ivr.domain;
