package dev.planned.client;

import dev.planned.JsonCodec;
import dev.planned.Plan;
import dev.planned.internal.Binding;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A generated client's settings, and where its calls start. Tailored to generated code, which holds
 * one; users configure it through {@link ClientBuilder}.
 */
public final class Calls {
  final String base;
  final HttpClient http;
  final JsonCodec codec;

  /** Names and values, alternating. */
  final List<String> headers;

  final Duration timeout;
  final Consumer<HttpRequest.Builder> everyRequest;

  Calls(
      URI base,
      HttpClient http,
      JsonCodec codec,
      List<String> headers,
      Duration timeout,
      Consumer<HttpRequest.Builder> everyRequest) {
    String text = base.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.http = http;
    this.codec = codec;
    this.headers = headers;
    this.timeout = timeout;
    this.everyRequest = everyRequest;
  }

  /**
   * Starts a call.
   *
   * @param method the HTTP method
   * @param javaMethod the API method's name, for exceptions
   */
  public Call call(String method, String javaMethod) {
    return new Call(this, method, javaMethod);
  }

  /** A generic type for the codec, e.g. {@code List<Item>}: the dispatcher's own rule. */
  public static Type typeOf(Class<?> raw, Type... arguments) {
    return Binding.typeOf(raw, arguments);
  }

  /** The compile-time plans of a client: method names and plans, alternating, kept in order. */
  public static Map<String, Plan> plans(Object... methodsAndPlans) {
    Map<String, Plan> plans = new LinkedHashMap<>();
    for (int i = 0; i < methodsAndPlans.length; i += 2) {
      plans.put((String) methodsAndPlans[i], (Plan) methodsAndPlans[i + 1]);
    }
    return Collections.unmodifiableMap(plans);
  }
}
