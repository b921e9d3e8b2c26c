package org.confidant.api.recordings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.api.problems.Problem;
import org.confidant.api.problems.RecordingProblems;
import org.confidant.identity.Roles;
import org.confidant.recordings.application.MediaStream;
import org.confidant.recordings.application.RecordingExport;
import org.confidant.recordings.application.Recordings;
import org.confidant.recordings.domain.ByteRange;
import org.confidant.recordings.domain.UnsatisfiableRange;

/**
 * {@code /api/v1/recordings}. Ingest is a streamed body (the media, any audio or video type, or octet-stream) with
 * its metadata in the query string; it never holds the recording in memory. Playback answers HTTP range requests
 * (206 with Content-Range; 416 for a range outside the recording); export answers a signed zip.
 */
@Path("/recordings")
@Produces(MediaType.APPLICATION_JSON)
public class RecordingsResource {

  @EJB Recordings recordings;

  @Inject Validator validator;

  @Context UriInfo uriInfo;

  @POST
  @Consumes({"audio/*", "video/*", MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(Roles.TELEPHONY)
  public Response ingest(@BeanParam RecordingIngest ingest, InputStream media) {
    RequestValidation.requireValid(validator, ingest);
    RecordingView stored = RecordingView.of(recordings.ingest(ingest.toIntake(), media));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(stored.id().toString()).build())
        .entity(stored).build();
  }

  @GET
  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
  public List<RecordingView> ofCall(@BeanParam CallFilter filter) {
    RequestValidation.requireValid(validator, filter);
    return recordings.ofCall(UUID.fromString(filter.callId)).stream().map(RecordingView::of).toList();
  }

  /** The list's query: the call whose recordings are asked for (listing every recording is not offered). */
  public static class CallFilter {
    @QueryParam("callId") @NotNull @Pattern(regexp = RecordingIngest.UUID_FORMAT, message = "must be a UUID")
    String callId;
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
  public RecordingView metadata(@PathParam("id") UUID id) {
    return RecordingView.of(recordings.metadata(id));
  }

  /** The plaintext media, or the part of it a Range header asks for (one range; several are answered whole). */
  @GET
  @Path("{id}/media")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed(Roles.SUPERVISOR)
  public Response media(@PathParam("id") UUID id, @HeaderParam("Range") String rangeHeader) {
    MediaStream media = recordings.play(id);
    Optional<ByteRange> asked;
    try {
      asked = ByteRange.requested(rangeHeader, media.length());
    } catch (UnsatisfiableRange unsatisfiable) {
      Problem problem = RecordingProblems.rangeNotSatisfiable(media.length()).at(uriInfo.getRequestUri());
      return Response.fromResponse(problem.toResponse())
          .header("Content-Range", "bytes */" + media.length()).build();
    }
    ByteRange range = asked.orElse(ByteRange.whole(media.length()));
    StreamingOutput body = out -> media.writeTo(range, out);
    Response.ResponseBuilder response = asked.isPresent()
        ? Response.status(Response.Status.PARTIAL_CONTENT).header("Content-Range", range.contentRange(media.length()))
        : Response.ok();
    return response.entity(body).type(media.mediaType())
        .header(HttpHeaders.CONTENT_LENGTH, range.length())
        .header("Accept-Ranges", "bytes")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @GET
  @Path("{id}/export")
  @Produces("application/zip")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Response export(@PathParam("id") UUID id) {
    RecordingExport export = recordings.export(id);
    StreamingOutput body = export::writeTo;
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** The public key that verifies export manifests (PEM). */
  @GET
  @Path("export-signing-key")
  @Produces("application/x-pem-file")
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.AUDITOR})
  public String exportSigningKey() {
    return recordings.exportSigningKey();
  }
}
