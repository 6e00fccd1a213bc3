package dev.planned.processor;

import dev.planned.processor.codegen.ModelWriter;
import dev.planned.processor.codegen.PlaceholderWriter;
import dev.planned.processor.model.ApiModel;
import dev.planned.processor.report.Checked;
import dev.planned.processor.report.Diagnostics;
import dev.planned.processor.report.Message;
import dev.planned.processor.report.Report;
import dev.planned.processor.validation.ApiModelBuilder;
import dev.planned.processor.validation.ClientValidator;
import dev.planned.processor.validation.RouteConflicts;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;

/**
 * One API interface from its declaration to its files: build the model (checking it), compare its
 * routes with the APIs compiled before it, print the report, then hand the model to each writer. An
 * API with errors gets no model; it gets a placeholder of the dispatcher's name instead ({@link
 * PlaceholderWriter}), so that its errors are all the user sees.
 */
final class ApiStep {
  private final ApiModelBuilder builder;
  private final RouteConflicts routeConflicts = new RouteConflicts();
  private final List<ModelWriter> writers;
  private final Diagnostics diagnostics;
  private final Filer filer;
  private final boolean summary;

  ApiStep(
      ApiModelBuilder builder,
      List<ModelWriter> writers,
      Diagnostics diagnostics,
      Filer filer,
      boolean summary) {
    this.builder = builder;
    this.writers = writers;
    this.diagnostics = diagnostics;
    this.filer = filer;
    this.summary = summary;
  }

  /** Whether a file now stands under the dispatcher's name: the real one or a placeholder. */
  boolean process(TypeElement api) {
    Checked<ApiModel> checked = builder.build(api);
    checked.report().printTo(diagnostics);
    Optional<ApiModel> model = checked.value();
    if (model.isPresent()) {
      routeConflicts.checkAcrossApis(model.get()).printTo(diagnostics);
      writers.forEach(writer -> write(writer, model.get()));
      if (ClientValidator.wanted(model.get())) {
        Report client = ClientValidator.check(model.get());
        client.printTo(diagnostics);
        if (client.isClean()) {
          write(ModelWriter.CLIENT, model.get());
        }
      }
      if (summary) {
        diagnostics.print(
            api, Message.ROADMAP_SUMMARY, api.getSimpleName(), RoadmapSummary.of(model.get()));
      }
      return true;
    }
    if (PlaceholderWriter.canStandIn(api)) {
      // the errors are reported; without a class of the dispatcher's name, javac would add a
      // "cannot find symbol" at each use of it, burying them
      writePlaceholder(api);
      return true;
    }
    return false;
  }

  private void write(ModelWriter writer, ApiModel model) {
    try {
      writer.write(model, filer);
    } catch (IOException e) {
      diagnostics.print(
          model.element(), Message.WRITE_FAILED, writer.nameOf(model), e.getMessage());
    }
  }

  private void writePlaceholder(TypeElement api) {
    var dispatcher = ApiModelBuilder.dispatcherName(api);
    try {
      PlaceholderWriter.write(api, dispatcher).writeTo(filer);
    } catch (IOException e) {
      diagnostics.print(api, Message.WRITE_FAILED, dispatcher, e.getMessage());
    }
  }
}
