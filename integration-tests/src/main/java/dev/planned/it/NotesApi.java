package dev.planned.it;

import dev.planned.Body;
import dev.planned.Client;
import dev.planned.Endpoint;
import dev.planned.Header;
import dev.planned.Planned;
import dev.planned.Query;
import dev.planned.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletionStage;

/** An API with a typed client: every shape of request and result, and every error mapping. */
@Client
@Endpoint("/notes-api")
public interface NotesApi {
  enum Mood {
    HAPPY,
    GRUMPY
  }

  record Note(String text, int stars) {}

  @Endpoint("GET /segments/{name}")
  String segment(String name);

  @Endpoint("GET /files/{path...}")
  String file(String path);

  @Endpoint("GET /search")
  String search(
      @Query List<String> tag,
      @Query Optional<String> q,
      @Query OptionalInt limit,
      @Query(defaultValue = "HAPPY") Mood mood);

  @Endpoint("GET /headers")
  String headers(@Header("X-Trace") Optional<String> trace, @Header("X-Flag") List<String> flags);

  @Endpoint("GET /notes/{id}")
  Optional<Note> note(long id);

  @Endpoint("GET /notes/{id}/required")
  Note requiredNote(long id);

  @Endpoint("GET /notes")
  List<Note> notes();

  @Endpoint(value = "POST /notes", status = 201)
  Note create(@Body Note note);

  @Endpoint("PUT /notes/{id}/text")
  void rename(long id, @Body String text);

  @Endpoint("POST /echo/bytes")
  byte[] echoBytes(@Body byte[] bytes);

  @Endpoint("POST /echo/stream")
  String echoStream(@Body InputStream stream) throws IOException;

  @Endpoint("GET /answers/{status}")
  Response answer(int status);

  @Endpoint("GET /refusals/{status}")
  String refuse(int status);

  @Endpoint("GET /later/{text}")
  CompletionStage<Note> later(String text);

  @Endpoint("GET /later-refused")
  CompletionStage<String> laterRefused();

  @Planned(
      value = "Sharing comes with 2.0; create a copy meanwhile.",
      release = "2.0",
      link = "https://example.org/roadmap#share",
      alternative = "POST /notes")
  @Endpoint("POST /notes/{id}/share")
  Note share(long id);
}
