package org.confidant.wallboard.api;

import jakarta.ejb.Local;

/** The live wallboard: the floor as of now. */
@Local
public interface Wallboard {

  WallboardSnapshot snapshot();
}
