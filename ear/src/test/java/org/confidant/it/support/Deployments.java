package org.confidant.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR this build produced: the ITs deploy exactly what ships. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive confidantEar() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, TestEnvironment.ear().toFile());
  }
}
