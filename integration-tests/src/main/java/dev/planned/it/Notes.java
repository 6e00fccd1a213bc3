package dev.planned.it;

import dev.planned.HttpException;
import dev.planned.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Serves {@link NotesApi}, answering with what it was given so that tests see what was sent. */
public class Notes extends NotesApiDispatcher {
  @Override
  public String segment(String name) {
    return "[" + name + "]";
  }

  @Override
  public String file(String path) {
    return "[" + path + "]";
  }

  @Override
  public String search(List<String> tag, Optional<String> q, OptionalInt limit, Mood mood) {
    return tag + " " + q + " " + limit + " " + mood;
  }

  @Override
  public String headers(Optional<String> trace, List<String> flags) {
    return trace + " " + flags;
  }

  @Override
  public Optional<Note> note(long id) {
    return id == 7 ? Optional.of(new Note("seven", 7)) : Optional.empty();
  }

  @Override
  public Note requiredNote(long id) {
    return note(id).orElseThrow(() -> new HttpException(404, "No note " + id + "."));
  }

  @Override
  public List<Note> notes() {
    return List.of(new Note("one", 1), new Note("two", 2));
  }

  @Override
  public Note create(Note note) {
    return new Note(note.text() + "!", note.stars() + 1);
  }

  @Override
  public void rename(long id, String text) {
    if (text.isEmpty()) {
      throw new HttpException(422, "A note needs text.");
    }
  }

  @Override
  public byte[] echoBytes(byte[] bytes) {
    return bytes;
  }

  @Override
  public String echoStream(InputStream stream) throws IOException {
    return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public Response answer(int status) {
    return Response.text(status, "status " + status).withHeader("X-Answer", "yes");
  }

  @Override
  public String refuse(int status) {
    throw new HttpException(status, "Refused with " + status + ".");
  }

  @Override
  public CompletionStage<Note> later(String text) {
    return CompletableFuture.supplyAsync(() -> new Note(text, 3));
  }

  @Override
  public CompletionStage<String> laterRefused() {
    return CompletableFuture.failedFuture(new HttpException(409, "Not now."));
  }
}
