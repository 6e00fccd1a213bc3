/**
 * For generated code only: not API, and may change in any release. What a generated {@code
 * <Api>Dispatcher} needs from the runtime lives here, apart from {@code dev.planned}, which holds
 * only what users write against (as Dagger keeps its generated code's support in {@code
 * dagger.internal}). The processor uses it too, where it must apply the runtime's own rule ({@link
 * dev.planned.internal.HttpTokens}, {@link dev.planned.internal.RouteOverlap}). Anything here may
 * change without notice; user code never needs to name these types.
 */
package dev.planned.internal;
