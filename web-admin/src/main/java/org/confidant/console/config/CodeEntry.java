package org.confidant.console.config;

import java.io.Serializable;

/** A new code's fields as a page binds them (a reason code, a disposition): code and label; the API judges them. */
public class CodeEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private String label;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
