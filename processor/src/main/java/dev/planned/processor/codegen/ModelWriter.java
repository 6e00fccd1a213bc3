package dev.planned.processor.codegen;

import dev.planned.processor.model.ApiModel;
import java.io.IOException;
import javax.annotation.processing.Filer;

/**
 * Writes one file from an API's model, and checks nothing: the model is built only for an API
 * without errors. The dispatcher is one such writer; another artefact of the same API (an OpenAPI
 * document, a client) is one more.
 */
public interface ModelWriter {
  /** The name of what is written, for a message if writing fails. */
  String nameOf(ApiModel api);

  void write(ApiModel api, Filer filer) throws IOException;

  /** The {@code <Api>Dispatcher}, by {@link DispatcherWriter}. */
  ModelWriter DISPATCHER =
      new ModelWriter() {
        @Override
        public String nameOf(ApiModel api) {
          return api.dispatcher().toString();
        }

        @Override
        public void write(ApiModel api, Filer filer) throws IOException {
          DispatcherWriter.write(api).writeTo(filer);
        }
      };

  /** The {@code <Api>Client}, by {@link ClientWriter}: only for an API with {@code @Client}. */
  ModelWriter CLIENT =
      new ModelWriter() {
        @Override
        public String nameOf(ApiModel api) {
          return ClientWriter.clientName(api.dispatcher()).toString();
        }

        @Override
        public void write(ApiModel api, Filer filer) throws IOException {
          ClientWriter.write(api).writeTo(filer);
        }
      };
}
