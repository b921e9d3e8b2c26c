package org.confidant.console.audit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.confidant.api.audit.AuditExportParams;
import org.confidant.audit.search.application.AuditSearch;
import org.confidant.audit.search.application.ExportTooLarge;
import org.confidant.audit.search.domain.ExportKey;
import org.confidant.audit.search.domain.SignedExport;

/**
 * The console's export download: a ZIP holding the export file, its detached Ed25519 signature ({@code .sig}, the 64
 * raw bytes, as {@code openssl pkeyutl -verify -rawin} reads them) and the public key as PEM — everything an
 * auditor's recipient needs to check the file. {@code export-key.pem} alone serves the key. Auditors only
 * (web.xml and AuditSearch).
 */
@WebServlet(urlPatterns = {AuditExportServlet.EXPORT, AuditExportServlet.KEY})
public class AuditExportServlet extends HttpServlet {

  static final String EXPORT = "/console/audit/export";
  static final String KEY = "/console/audit/export-key.pem";
  static final String KEY_FILE = "audit-export-key.pem";
  private static final long serialVersionUID = 1L;

  @EJB transient AuditSearch search;

  @Inject transient Validator validator;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (KEY.equals(request.getServletPath())) {
      sendKey(response, search.exportKey());
      return;
    }
    AuditExportParams criteria = criteria(request);
    if (!validator.validate(criteria).isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "These search criteria are not valid.");
      return;
    }
    try {
      sendZip(response, search.export(criteria.toQuery(), criteria.toFormat()), search.exportKey());
    } catch (ExportTooLarge tooLarge) {
      response.sendError(422, "The export was not made: " + tooLarge.getMessage() + ".");
    }
  }

  private static AuditExportParams criteria(HttpServletRequest request) {
    Map<String, String> parameters = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
    AuditExportParams criteria = new AuditExportParams();
    AuditQueryString.read(parameters, criteria);
    if (parameters.containsKey("format")) {
      criteria.setFormat(parameters.get("format"));
    }
    return criteria;
  }

  private static void sendKey(HttpServletResponse response, ExportKey key) throws IOException {
    response.setContentType("application/x-pem-file");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + KEY_FILE + "\"");
    response.getOutputStream().write(key.pem().getBytes(StandardCharsets.US_ASCII));
  }

  private static void sendZip(HttpServletResponse response, SignedExport export, ExportKey key) throws IOException {
    String name = export.fileName();
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition",
        "attachment; filename=\"" + name.substring(0, name.lastIndexOf('.')) + ".zip\"");
    try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
      add(zip, name, export.content());
      add(zip, name + ".sig", export.signature());
      add(zip, KEY_FILE, key.pem().getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
