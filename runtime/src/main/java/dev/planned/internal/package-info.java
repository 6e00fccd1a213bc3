/**
 * Support for generated code and the processor only, not API: anything here may change in any
 * release without notice. User code never needs to name these types.
 */
package dev.planned.internal;
