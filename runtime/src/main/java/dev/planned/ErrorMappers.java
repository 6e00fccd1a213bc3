package dev.planned;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The error mappers that apply to one API's requests: its own, then the server's. Finds the mapper
 * of the most specific type by walking up the exception's classes (an exception type is always a
 * class, so no interface can match), taking the API's before the server's at each step.
 */
final class ErrorMappers {
  static final ErrorMappers NONE = new ErrorMappers(Map.of(), Map.of());

  private final Map<Class<?>, ErrorMapper<?>> api;
  private final Map<Class<?>, ErrorMapper<?>> server;

  private ErrorMappers(Map<Class<?>, ErrorMapper<?>> api, Map<Class<?>, ErrorMapper<?>> server) {
    this.api = api;
    this.server = server;
  }

  /** The server's mappers alone, for requests no API's route answers. */
  static ErrorMappers server(List<ErrorMapper<?>> server) {
    return new ErrorMappers(Map.of(), byType(server, "the server"));
  }

  /** An API's mappers before the server's. */
  ErrorMappers forApi(List<ErrorMapper<?>> apiMappers, String apiName) {
    return new ErrorMappers(byType(apiMappers, apiName), server);
  }

  /**
   * The mapper for this failure, or null where none is registered or where Planned's own answer is
   * more specific: an {@link HttpException} keeps its status unless a mapper is registered for its
   * own class or a subclass of {@code HttpException}.
   */
  ErrorMapper<?> find(Throwable failure) {
    if (api.isEmpty() && server.isEmpty()) {
      return null;
    }
    for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
      ErrorMapper<?> mapper = api.get(type);
      if (mapper == null) {
        mapper = server.get(type);
      }
      if (mapper != null || type == HttpException.class) {
        return mapper;
      }
    }
    return null;
  }

  private static Map<Class<?>, ErrorMapper<?>> byType(List<ErrorMapper<?>> mappers, String owner) {
    Map<Class<?>, ErrorMapper<?>> byType = new HashMap<>();
    for (ErrorMapper<?> mapper : mappers) {
      if (byType.put(mapper.type(), mapper) != null) {
        throw new IllegalArgumentException(
            "Two error mappers of " + owner + " for " + mapper.type().getName() + ": keep one");
      }
    }
    return Map.copyOf(byType);
  }
}
