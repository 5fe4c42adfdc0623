#pragma once

namespace traceload {

// Lowers the calling thread's scheduling priority (its nice value, by kBackgroundNiceStep,
// once per thread). Analysis jobs (reading a trace, mapping, generating a load, preparing a
// table) call it so that on a machine with few cores the GUI thread wins the CPU whenever
// both want it: a 46,000-function trace keeps two cores busy for seconds, and without this
// the GUI thread gets a third of a core and stalls. Deployments and runs are not lowered:
// processes they start (the emulator) and threads they create inherit the value.
// No effect where per-thread priorities are not supported.
void lowerThisThreadPriority();

inline constexpr int kBackgroundNiceStep = 5;

} // namespace traceload
